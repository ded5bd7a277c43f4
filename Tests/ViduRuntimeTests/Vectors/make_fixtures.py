#!/usr/bin/env python3
"""Writes rfc8032-ed25519.json and fal-webhook-fixtures.json beside this script.

Run by hand only when the fixtures must change (`pip install cryptography`, then
`python3 make_fixtures.py`); the tests read the committed JSON and need neither Python nor
this package. The package has no signer, so signatures for the fal tests are made here,
with the published secret keys of RFC 8032 §7.1 (never real keys).

rfc8032-ed25519.json: the five test vectors of RFC 8032 §7.1 (TEST 1, 2, 3, 1024 and
SHA(abc)). The keys and signatures are transcribed from the RFC; the script re-derives
every public key and signature from the secret key and stops if one differs. TEST 1024's
1023-byte message is read from Wycheproof's tcId 83 ("draft-josefsson-eddsa-ed25519-02:
Test 1024", the same vector), which the script checks against the RFC's public key and
signature.
"""

import base64
import hashlib
import json
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HERE = os.path.dirname(os.path.abspath(__file__))

RFC8032 = [
    ("TEST 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
    ("TEST 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
    ("TEST 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
    ("TEST 1024", "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
     "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e", None,
     "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03"),
    ("TEST SHA(abc)", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
     "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf", hashlib.sha512(b"abc").hexdigest(),
     "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"),
]


def wycheproof_message(tc_id):
    with open(os.path.join(HERE, "wycheproof-ed25519_test.json")) as file:
        document = json.load(file)
    for group in document["testGroups"]:
        for test in group["tests"]:
            if test["tcId"] == tc_id:
                return test["msg"]
    raise SystemExit(f"no tcId {tc_id}")


def private_key(secret_hex):
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret_hex))


def public_hex(key):
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def rfc8032_vectors():
    vectors = []
    for name, secret, public, message, signature in RFC8032:
        if message is None:
            message = wycheproof_message(83)
        key = private_key(secret)
        assert public_hex(key) == public, name
        assert key.sign(bytes.fromhex(message)).hex() == signature, name
        vectors.append({"name": name, "secretKey": secret, "publicKey": public, "message": message, "signature": signature})
    return vectors


def base64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def fal_delivery(name, key_name, request_id, user_id, timestamp, body):
    """One webhook as fal sends it: the signed message is the request id, the user id, the
    timestamp and the lowercase hex SHA-256 of the raw body, joined by newlines."""
    secret = next(entry[1] for entry in RFC8032 if entry[0] == key_name)
    digest = hashlib.sha256(body.encode()).hexdigest()
    message = "\n".join([request_id, user_id, timestamp, digest]).encode()
    return {
        "name": name, "signedBy": key_name, "requestId": request_id, "userId": user_id,
        "timestamp": timestamp, "body": body, "signature": private_key(secret).sign(message).hex(),
    }


def fal_fixtures():
    def jwk(key_name, kid):
        public = next(entry[2] for entry in RFC8032 if entry[0] == key_name)
        return {"kty": "OKP", "crv": "Ed25519", "x": base64url(bytes.fromhex(public)), "kid": kid, "use": "sig", "alg": "EdDSA"}

    body = ('{"request_id": "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", "gateway_request_id": '
            '"024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", "status": "OK", "payload": {"video": '
            '{"url": "https://v3.fal.media/files/example/output.mp4"}}}')
    return {
        "note": "Signed with the public RFC 8032 test keys by make_fixtures.py; not fal's keys.",
        "jwks": {"keys": [
            {"kty": "RSA", "kid": "ignored-rsa", "n": "AQAB", "e": "AQAB"},
            jwk("TEST 1", "rfc8032-test-1"),
            jwk("TEST 2", "rfc8032-test-2"),
        ]},
        "rotatedJwks": {"keys": [jwk("TEST 3", "rfc8032-test-3")]},
        "deliveries": [
            fal_delivery("completed", "TEST 2", "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", "user-1234", "1746533382", body),
            fal_delivery("in queue", "TEST 1", "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", "user-1234", "1746533390",
                         '{"request_id": "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", "status": "IN_QUEUE"}'),
            fal_delivery("rotated key", "TEST 3", "8f7c2d41-7b6e-4c6a-9a53-0f1e2d3c4b5a", "user-1234", "1746533382",
                         '{"request_id": "8f7c2d41-7b6e-4c6a-9a53-0f1e2d3c4b5a", "status": "OK", "payload": null}'),
        ],
    }


def write(name, value):
    with open(os.path.join(HERE, name), "w") as file:
        json.dump(value, file, indent=2)
        file.write("\n")


if __name__ == "__main__":
    write("rfc8032-ed25519.json", {"source": "RFC 8032 §7.1", "vectors": rfc8032_vectors()})
    write("fal-webhook-fixtures.json", fal_fixtures())
