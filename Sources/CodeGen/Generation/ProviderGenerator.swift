import SpecKit

/// Plans and prints every file of one provider:
///
/// - `<NS>/<NS>.swift`: the namespace, provider, operation and task descriptors
/// - `<NS>/<NS>+Components.swift`: the `components.schemas` types; past ``defaultLinesPerFile`` printed
///   lines, continued in `<NS>+Components-2.swift`, `-3`, … (so are the operation types)
/// - `<NS>/<NS>+Operations.swift`: inline request and response bodies, parameter types (when there are any)
/// - `<NS>/<NS>+Webhooks.swift`: `<NS>.Webhooks`, a payload type and decoder per webhook (when the spec has webhooks)
/// - `<NS>/<NS>+Schemas.swift`: the compiled schema table, validators and `schemaEntries`
/// - `<NS>/<NS>+Client.swift`: the client
struct ProviderGenerator {
    let document: SpecDocument
    /// Where a file of type declarations ends (``defaultLinesPerFile`` unless a test asks for less).
    var linesPerFile = Self.defaultLinesPerFile

    /// The most printed lines of type declarations one generated file holds before the next file
    /// of its kind starts (a single declaration longer than this gets a file of its own).
    ///
    /// One Swift file is one unit of the compiler's work: a large file is compiled by one process,
    /// whose memory and time grow faster than its size, while several smaller files compile in
    /// parallel. Measured on synthetic specs (`bench.py --only build-scaling`): 1,600 schemas in one
    /// 168,000-line file took 105 s and 4.8 GB in a debug build; split at 5,000 lines, 62 s and 1.0 GB.
    /// The project's own specs stay under it, in one file each.
    static let defaultLinesPerFile = 5_000

    func generate() throws(DiagnosticList) -> (files: [GeneratedFile], warnings: [Diagnostic]) {
        let context = PlanningContext(document: document)
        let namespace = document.namespace
        // Used as written (`OpenAI` stays `OpenAI`): an ASCII identifier that starts with an upper-case letter.
        let upperIdentifier = namespace.first.map { $0.isASCII && $0.isUppercase } == true
            && namespace.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        if !upperIdentifier || SwiftKeywords.reserved.contains(namespace) || SwiftKeywords.unusableAsType.contains(namespace) {
            context.report("x-swift-namespace '\(namespace)' is not usable as a Swift type name",
                           file: document.file, location: nil, pointer: "/info/x-swift-namespace",
                           hint: "use an UpperCamelCase name that is not a Swift keyword, such as 'Acme'")
            throw DiagnosticList(context.diagnostics)
        }
        let models = ModelsPlanner(context: context).plan()
        let (client, parameterTypes) = ClientPlanner(context: context).plan(models)
        guard context.diagnostics.isEmpty else { throw DiagnosticList(context.diagnostics) }
        // The schemas first: the operation descriptors name their parameters' schema roots.
        let schemas = try SchemasPlanner(context: context).plan(models)
        let namespaceDeclarations = NamespacePlanner(context: context).plan()
        guard context.diagnostics.isEmpty else { throw DiagnosticList(context.diagnostics) }

        var files: [SourceFile] = [
            file("\(namespace).swift", imports: [RuntimeSymbols.importLine], namespaceDeclarations),
        ]
        files += split(models.components, intoFilesNamed: "\(namespace)+Components")
        if !(models.operationTypes + parameterTypes).isEmpty {
            files += split(models.operationTypes + parameterTypes, intoFilesNamed: "\(namespace)+Operations")
        }
        if !models.webhookTypes.isEmpty {
            let webhooks = Declaration.enumeration(TypeDeclaration(
                doc: DocComment(["The callbacks \(document.title) sends to your server: their bodies, and a decoder for each."]),
                name: "Webhooks", members: models.webhookTypes))
            files.append(file("\(namespace)+Webhooks.swift", imports: ["Foundation", RuntimeSymbols.importLine], wrap([webhooks])))
        }
        files.append(file("\(namespace)+Schemas.swift", imports: ["Foundation", RuntimeSymbols.importLine], schemas))
        files.append(file("\(namespace)+Client.swift", imports: ["Foundation", RuntimeSymbols.importLine], [client]))
        return (files.map { GeneratedFile(path: $0.path, contents: SwiftPrinter.render($0)) }, context.warnings)
    }

    /// `<stem>.swift`, then `<stem>-2.swift`, `-3`, …: the declarations in their order, each file
    /// holding whole declarations up to ``linesPerFile`` printed lines. Always at least one file.
    private func split(_ declarations: [Declaration], intoFilesNamed stem: String) -> [SourceFile] {
        var runs: [[Declaration]] = [[]]
        var lines = 0
        for declaration in declarations {
            // Its lines and the blank line that separates it from the next.
            let size = SwiftPrinter.render(declaration).utf8.reduce(into: 2) { count, byte in
                if byte == UInt8(ascii: "\n") { count += 1 }
            }
            if !runs[runs.count - 1].isEmpty && lines + size > linesPerFile {
                runs.append([])
                lines = 0
            }
            runs[runs.count - 1].append(declaration)
            lines += size
        }
        return runs.enumerated().map { index, run in
            file(index == 0 ? "\(stem).swift" : "\(stem)-\(index + 1).swift",
                 imports: ["Foundation", RuntimeSymbols.importLine], wrap(run))
        }
    }

    private func wrap(_ declarations: [Declaration]) -> [Declaration] {
        declarations.isEmpty ? [] : [.extensionOf(ExtensionDeclaration(extendedType: document.namespace, members: declarations))]
    }

    private func file(_ name: String, imports: [String], _ declarations: [Declaration]) -> SourceFile {
        SourceFile(
            path: "\(document.namespace)/\(name)",
            header: ["Generated by vidu-codegen from \(document.file). DO NOT EDIT."],
            imports: imports, declarations: declarations
        )
    }
}
