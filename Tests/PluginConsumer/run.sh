#!/usr/bin/env bash
# The command plugin in a throwaway consumer package (run by .ci/run, or by hand):
# a package in a temp dir that depends on this one by local path, with its own specs and a
# target folder that has no Generated/ yet, runs `generate-vidu-clients --target MyClients`,
# then builds the generated clients.
#
# One of its specs is a fictional provider, Acme (Tests/PluginConsumer/Acme/acme.json): a sixth
# provider that only its spec, one adapter file (Acme/AcmeAdapter.swift) and one registration
# line (Acme/main.swift) add to ViduKit. The executable runs one VideoJob on it through the
# simulation and exits non-zero when anything is not as the spec says.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/Tests/PluginConsumer"
work="$(mktemp -d "${TMPDIR:-/tmp}/vidukit-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/specs" "$work/Sources/MyClients" "$work/Sources/RunAcme"
cp "$repo/specs/apixo.json" "$work/specs/apixo.json"
cp "$here/Acme/acme.json" "$work/specs/acme.json"
cp "$here/Acme/AcmeAdapter.swift" "$here/Acme/main.swift" "$work/Sources/RunAcme/"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.3
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(name: "ViduKit", path: "$repo")],
    targets: [
        .target(name: "MyClients", dependencies: [.product(name: "ViduRuntime", package: "ViduKit")]),
        .executableTarget(name: "RunAcme", dependencies: [
            "MyClients", .product(name: "ViduKit", package: "ViduKit"), .product(name: "ViduRuntime", package: "ViduKit"),
        ]),
    ]
)
SWIFT
cat > "$work/Sources/MyClients/MyClients.swift" <<'SWIFT'
// The generated clients live in Generated/, written by the generate-vidu-clients plugin.
import ViduRuntime

/// Proves the generated client compiles and is usable from the consumer's own code.
public func makeClient(key: String) -> Apixo.Client {
    Apixo.Client(configuration: ClientConfiguration(apiKey: APIKey(key)))
}
SWIFT

cd "$work"
test ! -e Sources/MyClients/Generated
swift package --allow-writing-to-package-directory generate-vidu-clients --target MyClients
ls Sources/MyClients/Generated/Apixo/Apixo+Client.swift Sources/MyClients/Generated/Acme/Acme+Client.swift \
   Sources/MyClients/Generated/ProviderRegistry.swift >/dev/null
swift build --target MyClients 2>&1 | tail -3
# Current output: `check` agrees.
swift package --allow-writing-to-package-directory generate-vidu-clients --target MyClients check
echo "plugin consumer: generated $(find Sources/MyClients/Generated -name '*.swift' | wc -l) files for apixo and acme and built them"
# The sixth provider: one simulated VideoJob through ViduKit.
swift build --product RunAcme 2>&1 | tail -3
"$(swift build --show-bin-path)/RunAcme"
