// swift-tools-version:6.3
//
// ViduKit: checked Swift clients for the Vidu Q3 video model on several providers.
// No package dependencies: only the toolchain (Foundation, FoundationNetworking, Dispatch,
// XCTest and Swift Testing).
import PackageDescription

let package = Package(
    name: "ViduKit",
    // Linux (the first platform, tested in CI) needs no entry: SwiftPM declares no minimum for it.
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "ViduKit", targets: ["ViduKit"]),
        .library(name: "ViduClients", targets: ["ViduClients"]),
        .library(name: "ViduRuntime", targets: ["ViduRuntime"]),
        .executable(name: "vidu", targets: ["vidu"]),
        .executable(name: "vidu-codegen", targets: ["vidu-codegen"]),
        .plugin(name: "GenerateViduClients", targets: ["GenerateViduClients"]),
    ],
    targets: [
        // MARK: The product

        // Hand-written support that the generated code calls: JSON values, schema validation,
        // transport, retries, polling, downloads, callback signatures, rate limits.
        .target(name: "ViduRuntime"),
        // The generated clients, one folder per provider. Written only by vidu-codegen.
        .target(name: "ViduClients", dependencies: ["ViduRuntime"], path: "Generated"),
        // One provider-neutral job API over the generated clients.
        .target(name: "ViduKit", dependencies: ["ViduClients", "ViduRuntime"]),
        // The command line for people: generate, status, wait, providers, validate.
        .executableTarget(name: "vidu", dependencies: ["ViduKit", "ViduClients", "ViduRuntime", "SpecKit"]),

        // MARK: The generator

        // Reads, resolves and diagnoses the OpenAPI specs.
        .target(name: "SpecKit"),
        // Plans Swift declarations from SpecKit's model and prints them.
        .target(name: "CodeGen", dependencies: ["SpecKit", "ViduRuntime"]),
        .executableTarget(name: "vidu-codegen", dependencies: ["SpecKit", "CodeGen"]),
        .plugin(
            name: "GenerateViduClients",
            capability: .command(
                intent: .custom(verb: "generate-vidu-clients", description: "Regenerate Generated/ from specs/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated clients into Generated/")]
            ),
            dependencies: ["vidu-codegen"]
        ),

        // MARK: Tests

        // Shared by test targets: a loopback HTTP/1.1 server, ViduKit's provider simulation
        // with fault injection on top (descriptors from the generated clients), a scripted
        // transport and a virtual clock. Not a product.
        .target(name: "ViduTestSupport", dependencies: ["ViduRuntime", "ViduClients", "ViduKit"]),
        .testTarget(name: "SpecKitTests", dependencies: ["SpecKit"]),
        // Golden files, snippets per construct, diagnostics, determinism and the drift test.
        // Corpus/Documents (published OpenAPI documents) is read through #filePath, not bundled.
        .testTarget(
            name: "CodeGenTests", dependencies: ["SpecKit", "CodeGen"], exclude: ["Corpus/Documents"],
            resources: [.copy("Golden"), .copy("Fixtures")]
        ),
        // `vidu-codegen diff`: one test per kind of change (both classifications), the real spec
        // pairs from the repository's history (copied into Fixtures/), and the command's exit codes.
        .testTarget(name: "SpecDiffTests", dependencies: ["SpecKit", "CodeGen"], resources: [.copy("Fixtures")]),
        // The generated clients against their own specs: every documented example decodes into
        // the generated type and encodes back to the same JSON.
        .testTarget(name: "GeneratedClientTests", dependencies: ["ViduClients", "ViduRuntime"]),
        // Drift/ checks live bodies against the generated schema entries, so it needs ViduClients.
        // Vectors/ (Wycheproof, RFC 8032, fal fixtures) is read through #filePath, not bundled.
        .testTarget(name: "ViduRuntimeTests", dependencies: ["ViduRuntime", "ViduClients", "ViduTestSupport"], exclude: ["Vectors"]),
        // The official JSON Schema Test Suite (draft 2020-12), compiled through SpecKit and
        // CodeGen into Generated/SuiteSchemas.swift and run by the runtime's evaluator.
        .testTarget(
            name: "JSONSchemaSuiteTests", dependencies: ["SpecKit", "CodeGen", "ViduRuntime"],
            exclude: ["README.md"],
            resources: [.copy("Metaschemas"), .copy("unsupported.json")]
        ),
        // Every case in Tests/Conformance/cases through the generated clients.
        .testTarget(name: "ConformanceTests", dependencies: ["ViduClients", "ViduRuntime"]),
        // Adapters against the specs' request examples, capability checks, and one job on every
        // provider against the in-process simulation and the loopback server.
        .testTarget(name: "ViduKitTests", dependencies: ["ViduKit", "ViduClients", "ViduRuntime", "ViduTestSupport"]),
        // The `vidu` command line as a subprocess (`Job*` files: generate, status, wait, providers;
        // `Validate*` files: validate).
        // SIGINT/SIGTERM and downloads run against the loopback server of ViduTestSupport.
        .testTarget(name: "ViduCLITests", dependencies: ["vidu", "ViduTestSupport"]),
    ]
)
