// swift-tools-version:6.0
//
// ViduKit: checked Swift clients for the Vidu Q3 video model on several providers.
// No package dependencies: only the toolchain (Foundation, FoundationNetworking, Dispatch,
// XCTest and Swift Testing).
import PackageDescription

let package = Package(
    name: "ViduKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ViduKit", targets: ["ViduKit"]),
        .library(name: "ViduClients", targets: ["ViduClients"]),
        .library(name: "ViduRuntime", targets: ["ViduRuntime"]),
        .executable(name: "vidu", targets: ["vidu"]),
        .executable(name: "vidu-codegen", targets: ["vidu-codegen"]),
        .plugin(name: "GenerateViduClients", targets: ["GenerateViduClients"]),
    ],
    targets: [
        // Hand-written support that the generated code calls: JSON values, schema validation,
        // transport, retries, polling, downloads, callback signatures.
        .target(name: "ViduRuntime"),
        // The generated clients, one folder per provider. Written only by vidu-codegen.
        .target(name: "ViduClients", dependencies: ["ViduRuntime"], path: "Generated"),
        // Reads, resolves and diagnoses the OpenAPI specs.
        .target(name: "SpecKit"),
        // Plans Swift declarations from SpecKit's model and prints them.
        .target(name: "CodeGen", dependencies: ["SpecKit"]),
        .executableTarget(name: "vidu-codegen", dependencies: ["SpecKit", "CodeGen"]),
        // One provider-neutral job API over the generated clients.
        .target(name: "ViduKit", dependencies: ["ViduClients", "ViduRuntime"]),
        .executableTarget(name: "vidu", dependencies: ["ViduKit", "ViduClients", "ViduRuntime"]),
        .plugin(
            name: "GenerateViduClients",
            capability: .command(
                intent: .custom(verb: "generate-vidu-clients", description: "Regenerate Generated/ from specs/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated clients into Generated/")]
            ),
            dependencies: ["vidu-codegen"]
        ),

        .testTarget(name: "SpecKitTests", dependencies: ["SpecKit"]),
        .testTarget(name: "CodeGenTests", dependencies: ["SpecKit", "CodeGen"], resources: [.copy("Golden"), .copy("Fixtures")]),
        .testTarget(name: "ViduRuntimeTests", dependencies: ["ViduRuntime"]),
        // The official JSON Schema Test Suite (draft 2020-12), compiled through SpecKit and
        // CodeGen into Generated/SuiteSchemas.swift and run by the runtime's evaluator.
        .testTarget(
            name: "JSONSchemaSuiteTests", dependencies: ["SpecKit", "CodeGen", "ViduRuntime"],
            exclude: ["README.md"],
            resources: [.copy("Metaschemas"), .copy("unsupported.json")]
        ),
    ]
)

// Test support shared by test targets: a loopback HTTP/1.1 server, scripted provider
// lifecycles, a scripted transport and a virtual clock.
package.targets.append(.target(name: "ViduTestSupport", dependencies: ["ViduRuntime"]))
for target in package.targets where target.name == "ViduRuntimeTests" {
    target.dependencies.append("ViduTestSupport")
}

// The generated clients against their own specs: every documented example decodes into the
// generated type and encodes back to the same JSON.
package.targets.append(.testTarget(name: "GeneratedClientTests", dependencies: ["ViduClients", "ViduRuntime"]))
