#!/usr/bin/env bash
# The command plugin in a throwaway consumer package (run by .ci/run, or by hand):
# a package in a temp dir that depends on this one by local path, with its own spec and a
# target folder that has no Generated/ yet, runs `generate-vidu-clients --target MyClients`,
# then builds the generated client.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/vidukit-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/specs" "$work/Sources/MyClients"
cp "$repo/specs/apixo.json" "$work/specs/apixo.json"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.3
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(name: "ViduKit", path: "$repo")],
    targets: [
        .target(name: "MyClients", dependencies: [.product(name: "ViduRuntime", package: "ViduKit")]),
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
ls Sources/MyClients/Generated/Apixo/Apixo+Client.swift >/dev/null
swift build --target MyClients 2>&1 | tail -3
# Current output: `check` agrees.
swift package --allow-writing-to-package-directory generate-vidu-clients --target MyClients check
echo "plugin consumer: generated $(ls Sources/MyClients/Generated/Apixo | wc -l) files for apixo and built them"
