import Foundation

/// Reads one OpenAPI 3.0 or 3.1 document, written in JSON or YAML, into a `SpecDocument`
/// (SpecKit's model is 3.1's; 3.0 is translated on the way, see `OpenAPIVersion`), checking
/// it on the way.
///
/// Every error of the file is collected and thrown together; see `Diagnostic` for the
/// format. Warnings (valid OpenAPI that SpecKit does not honour, or invalid but harmless
/// forms) are in `SpecDocument.warnings`. The keys accepted in each object are listed in
/// `OpenAPIKeys`, and the schema keywords in `SchemaKeywords`.
///
/// `namespace`, when given, is the Swift namespace to use instead of the one the document
/// names (`info.x-swift-namespace`) or SpecKit derives (see `SpecDocument.namespace`).
public enum DocumentReader {
    /// Reads the file at `path` (YAML 1.2 when it ends in `.yaml` or `.yml`, else JSON);
    /// diagnostics name the file exactly as `path` is written.
    public static func read(fileAt path: String, namespace: String? = nil) throws(DiagnosticList) -> SpecDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DiagnosticList([Diagnostic(file: path, location: nil, pointer: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        let root: JSONNode
        if isYAML(path) {
            do {
                root = try YAMLReader.read(bytes: Array(data), file: path)
            } catch {
                throw DiagnosticList([error.diagnostic])
            }
        } else {
            do {
                root = try JSONParser.parse(bytes: Array(data), file: path)
            } catch {
                throw DiagnosticList([error])
            }
        }
        return try read(root, file: path, namespace: namespace)
    }

    /// Reads `text` as the document `file` (the name diagnostics and schema URIs use); a
    /// `file` ending in `.yaml` or `.yml` is read as YAML, any other as JSON.
    public static func read(text: String, file: String, namespace: String? = nil) throws(DiagnosticList) -> SpecDocument {
        let root: JSONNode
        if isYAML(file) {
            do {
                root = try YAMLReader.read(text, file: file)
            } catch {
                throw DiagnosticList([error.diagnostic])
            }
        } else {
            do {
                root = try JSONParser.parse(text, file: file)
            } catch {
                throw DiagnosticList([error])
            }
        }
        return try read(root, file: file, namespace: namespace)
    }

    /// Whether `path` names a YAML file (`.yaml` or `.yml`, in any case).
    static func isYAML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    /// Reads an already parsed document.
    public static func read(_ root: JSONNode, file: String, namespace: String? = nil) throws(DiagnosticList) -> SpecDocument {
        var context = DocumentContext(file: file, root: root)
        guard let members = context.object(root, at: "", what: "an OpenAPI document") else {
            throw DiagnosticList(context.collector.diagnostics)
        }
        context.checkVersion()
        context.checkKeys(members, at: "", rules: OpenAPIKeys.document, what: "the document")
        let info = context.readInfo(namespace: namespace)
        let servers = context.readServers()
        let schemas = context.readComponentSchemas()
        context.collectExplicitOperationIDs()
        let operations = context.readPaths()
        let webhooks = context.readWebhooks()
        let auth = context.readAuth()
        context.checkReusableComponents()
        context.checkDuplicateOperationIDs()
        context.checkTaskReferences(operations)
        let registry = context.schemaReader.registry
        context.checkRequiredProperties(in: registry)
        var seen = Set<Diagnostic>()
        let diagnostics = (context.collector.diagnostics + context.schemaReader.diagnostics
            + ReferenceChecker.check(context.schemaReader.references, in: registry)).filter { seen.insert($0).inserted }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var document = SpecDocument(
            file: file, title: info.title, version: info.version, description: info.description, namespace: info.namespace,
            servers: servers, auth: auth, operations: operations, webhooks: webhooks, schemas: schemas,
            registry: registry, rateLimits: info.rateLimits, providerInfo: info.providerInfo
        )
        document.openAPIVersion = context.version.name
        document.warnings = DiagnosticList(context.collector.warnings + context.schemaReader.warnings).diagnostics.filter { seen.insert($0).inserted }
        return document
    }
}

extension DocumentContext {
    /// `openapi` must be 3.0.x or 3.1.x; `jsonSchemaDialect`, when present, must be 2020-12.
    mutating func checkVersion() {
        guard let text = requiredString("openapi", of: root, at: "", what: "the document", hint: "add \"openapi\": \"3.1.0\"") else { return }
        if let version = OpenAPIVersion(text) {
            self.version = version
            schemaReader.openAPIVersion = version
        } else {
            collector.error("OpenAPI version '\(text)' is not supported", node: root["openapi"]!, pointer: "/openapi", hint: "SpecKit reads OpenAPI 3.0.x and 3.1.x; write \"openapi\": \"3.1.0\" for a document of your own")
        }
        if let dialect = string("jsonSchemaDialect", of: root, at: ""), dialect != SchemaKeywords.dialect {
            collector.error("jsonSchemaDialect '\(dialect)' is not supported", node: root["jsonSchemaDialect"]!, pointer: "/jsonSchemaDialect", hint: "use \"\(SchemaKeywords.dialect)\" or leave it out")
        }
    }
}
