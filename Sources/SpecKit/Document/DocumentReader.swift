import Foundation

/// Reads one OpenAPI 3.1 document, written in JSON or YAML, into a `SpecDocument`, checking
/// it on the way.
///
/// Every problem of the file is collected and thrown together; see `Diagnostic` for the
/// format. The keys accepted in each object are listed in `OpenAPIKeys`, and the schema
/// keywords in `SchemaKeywords`.
public enum DocumentReader {
    /// Reads the file at `path` (YAML 1.2 when it ends in `.yaml` or `.yml`, else JSON);
    /// diagnostics name the file exactly as `path` is written.
    public static func read(fileAt path: String) throws(DiagnosticList) -> SpecDocument {
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
        return try read(root, file: path)
    }

    /// Reads `text` as the document `file` (the name diagnostics and schema URIs use); a
    /// `file` ending in `.yaml` or `.yml` is read as YAML, any other as JSON.
    public static func read(text: String, file: String) throws(DiagnosticList) -> SpecDocument {
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
        return try read(root, file: file)
    }

    /// Whether `path` names a YAML file (`.yaml` or `.yml`, in any case).
    static func isYAML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    /// Reads an already parsed document.
    public static func read(_ root: JSONNode, file: String) throws(DiagnosticList) -> SpecDocument {
        var context = DocumentContext(file: file, root: root)
        guard let members = context.object(root, at: "", what: "an OpenAPI document") else {
            throw DiagnosticList(context.collector.diagnostics)
        }
        context.checkKeys(members, at: "", rules: OpenAPIKeys.document, what: "the document")
        context.checkVersion()
        let info = context.readInfo()
        let servers = context.readServers()
        let schemas = context.readComponentSchemas()
        let auth = context.readAuth()
        let operations = context.readPaths()
        let webhooks = context.readWebhooks()
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
        document.warnings = context.collector.warnings
        return document
    }
}

extension DocumentContext {
    /// `openapi` must be 3.1.x; `jsonSchemaDialect`, when present, must be 2020-12.
    mutating func checkVersion() {
        guard let version = requiredString("openapi", of: root, at: "", what: "the document", hint: "add \"openapi\": \"3.1.0\"") else { return }
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count != 3 || parts[0] != "3" || parts[1] != "1" || Int(parts[2]) == nil {
            collector.error("OpenAPI version '\(version)' is not supported", node: root["openapi"]!, pointer: "/openapi", hint: "SpecKit reads OpenAPI 3.1.x; write \"openapi\": \"3.1.0\"")
        }
        if let dialect = string("jsonSchemaDialect", of: root, at: ""), dialect != SchemaKeywords.dialect {
            collector.error("jsonSchemaDialect '\(dialect)' is not supported", node: root["jsonSchemaDialect"]!, pointer: "/jsonSchemaDialect", hint: "use \"\(SchemaKeywords.dialect)\" or leave it out")
        }
    }
}
