import ViduRuntime

/// One provider as documented (vendor-docs/supplement.md and the copied pages): its
/// descriptors, and the example bodies of its lifecycle, so that tests and simulators
/// play the documented conversation.
///
/// Bodies marked "documented" are copied from the docs; bodies marked "composed" are built
/// only from documented fields where the docs give no full example.
public struct ProviderFixture: Sendable {
    /// The provider.
    public var provider: ProviderDescriptor
    /// The create operation.
    public var create: OperationDescriptor
    /// How to follow the task.
    public var task: TaskDescriptor
    /// The create call's success body.
    public var createBody: String
    /// Status bodies in the order a task goes through them; the last is the success.
    public var statusBodies: [String]
    /// A failed status body.
    public var failedBody: String
    /// The provider's error body for HTTP `status`.
    public var errorBody: @Sendable (Int) -> String
    /// The task id in `createBody`.
    public var taskID: String
    /// The result URLs of the success body, deduplicated, in order.
    public var expectedResultURLs: [String]
    /// The cover URL of the success body, if any.
    public var expectedCoverURL: String?
    /// The failure code and message of `failedBody`.
    public var expectedFailure: (code: String?, message: String?)

    /// The four providers.
    public static let all: [ProviderFixture] = [.apimart, .apixo, .vidu, .uniall]

    /// apimart: `POST /v1/videos/generations`, `GET /v1/tasks/{task_id}`.
    public static let apimart = ProviderFixture(
        provider: ProviderDescriptor(name: "apimart", defaultBaseURL: "https://api.apimart.ai", authScheme: "Bearer"),
        create: OperationDescriptor(operationID: "createVideoGeneration", method: "POST", pathTemplate: "/v1/videos/generations", createsTask: true),
        task: TaskDescriptor(
            statusOperation: OperationDescriptor(operationID: "getTaskStatus", method: "GET", pathTemplate: "/v1/tasks/{task_id}", createsTask: false),
            statusParameter: "task_id", statusParameterInQuery: false,
            taskID: ["/data/0/task_id", "/data/task_id", "/data/id"], state: "/data/status", progress: "/data/progress",
            succeeded: ["completed"], failed: ["failed", "cancelled"],
            resultURLs: ["/data/result/videos/*/url/*", "/data/result/images/*/url/*"], coverURL: nil,
            errorCode: "/data/error/code", errorMessage: "/data/error/message", estimatedSeconds: "/data/estimated_time",
            initialDelaySeconds: 5, intervalSeconds: 5),
        // documented (001)
        createBody: #"{"code":200,"data":[{"status":"submitted","task_id":"task_xxxxxxxxxx"}]}"#,
        statusBodies: [
            // composed from the documented fields
            #"{"code":200,"data":{"id":"task_xxxxxxxxxx","status":"submitted","progress":0,"created":1757156493,"estimated_time":100}}"#,
            #"{"code":200,"data":{"id":"task_xxxxxxxxxx","status":"processing","progress":40,"created":1757156493,"estimated_time":100}}"#,
            // documented (supplement, Chinese page)
            #"{"code":200,"data":{"id":"task-unified-1757156493-k9m2xpvw","status":"completed","progress":100,"result":{"images":[{"url":"https://example.com/generated-image.png","expires_at":1757242893}]},"created":1757156493,"completed":1757156593,"estimated_time":100,"actual_time":100}}"#,
        ],
        // composed from the documented fields
        failedBody: #"{"code":200,"data":{"id":"task_xxxxxxxxxx","status":"failed","progress":0,"error":{"code":"content_policy","message":"prompt rejected"}}}"#,
        errorBody: { status in
            let type = status == 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error"
            return #"{"error":{"code":\#(status),"message":"请求失败","type":"\#(type)"}}"#
        },
        taskID: "task_xxxxxxxxxx",
        expectedResultURLs: ["https://example.com/generated-image.png"],
        expectedCoverURL: nil,
        expectedFailure: ("content_policy", "prompt rejected"))

    /// apixo: `POST /api/v1/generateTask/vidu-q3`, `GET /api/v1/statusTask/vidu-q3?taskId=`.
    public static let apixo = ProviderFixture(
        provider: ProviderDescriptor(name: "apixo", defaultBaseURL: "https://api.apixo.ai", authScheme: "Bearer", requestsPerMinute: 60, concurrentTasks: 10),
        create: OperationDescriptor(operationID: "generateTask", method: "POST", pathTemplate: "/api/v1/generateTask/vidu-q3", createsTask: true),
        task: TaskDescriptor(
            statusOperation: OperationDescriptor(operationID: "statusTask", method: "GET", pathTemplate: "/api/v1/statusTask/vidu-q3", createsTask: false),
            statusParameter: "taskId", statusParameterInQuery: true,
            taskID: ["/data/taskId"], state: "/data/state", progress: nil,
            succeeded: ["success"], failed: ["failed"],
            resultURLs: ["/data/resultJson/@json/resultUrls/*"], coverURL: nil,
            errorCode: "/data/failCode", errorMessage: "/data/failMsg", estimatedSeconds: nil,
            initialDelaySeconds: 60, intervalSeconds: 5),
        // documented shape (002) with the status example's id
        createBody: #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz789"}}"#,
        statusBodies: [
            // documented (supplement)
            #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz789","state":"processing","createTime":1704067200000}}"#,
            #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz789","state":"success","resultJson":"{\"resultUrls\":[\"https://cdn.apixo.ai/output/abc123.jpg\"]}","costTime":12500,"createTime":1704067200000,"completeTime":1704067212500}}"#,
        ],
        // documented (supplement, webhook body of a failed task)
        failedBody: #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz","state":"failed","failCode":"CONTENT_VIOLATION","failMsg":"Content violates usage policy","createTime":1704067200000,"completeTime":1704067205000}}"#,
        errorBody: { status in #"{"code":\#(status),"message":"request failed","data":null}"# },
        taskID: "task_abc123xyz789",
        expectedResultURLs: ["https://cdn.apixo.ai/output/abc123.jpg"],
        expectedCoverURL: nil,
        expectedFailure: ("CONTENT_VIOLATION", "Content violates usage policy"))

    /// Vidu official: `POST /ent/v2/reference2video`, `GET /ent/v2/tasks/{id}/creations`.
    public static let vidu = ProviderFixture(
        provider: ProviderDescriptor(name: "vidu", defaultBaseURL: "https://api.vidu.com", authScheme: "Token", concurrentTasks: 5),
        create: OperationDescriptor(operationID: "reference2video", method: "POST", pathTemplate: "/ent/v2/reference2video", createsTask: true),
        task: TaskDescriptor(
            statusOperation: OperationDescriptor(operationID: "getTaskCreations", method: "GET", pathTemplate: "/ent/v2/tasks/{id}/creations", createsTask: false),
            statusParameter: "id", statusParameterInQuery: false,
            taskID: ["/task_id", "/id"], state: "/state", progress: nil,
            succeeded: ["success"], failed: ["failed"],
            resultURLs: ["/creations/*/url"], coverURL: "/creations/0/cover_url",
            errorCode: "/err_code", errorMessage: nil, estimatedSeconds: nil,
            initialDelaySeconds: 5, intervalSeconds: 5),
        // documented (003), shortened to the members a client reads
        createBody: #"{"task_id":"911084878697623552","type":"character2video","state":"created","model":"viduq2","style":"general","duration":5,"seed":1830691647,"aspect_ratio":"16:9","resolution":"720p","created_at":"2026-01-20T06:37:57.371761937Z","credits":45,"payload":"","off_peak":false,"watermark":false}"#,
        statusBodies: [
            // composed from the documented fields
            #"{"id":"911084878697623552","state":"queueing","err_code":"","credits":4,"payload":"","creations":[]}"#,
            #"{"id":"911084878697623552","state":"processing","err_code":"","credits":4,"payload":"","creations":[]}"#,
            // documented (supplement)
            #"{"id":"your_task_id","state":"success","err_code":"","credits":4,"payload":"","creations":[{"id":"your_creations_id","url":"your_generated_results_url","cover_url":"your_generated_results_cover_url","watermarked_url":"your_generated_results_watermarked_url"}]}"#,
        ],
        // composed from the documented fields
        failedBody: #"{"id":"911084878697623552","state":"failed","err_code":"CreationPolicyViolation","credits":0,"payload":"","creations":[]}"#,
        errorBody: { status in
            let code = status == 429 ? "TooManyRequests" : status >= 500 ? "InternalServiceFailure" : "BadRequest"
            return #"{"code":"\#(code)","message":"request failed","metadata":{"trace_id":"trace-vidu-\#(status)"},"reason":"\#(code)"}"#
        },
        taskID: "911084878697623552",
        expectedResultURLs: ["your_generated_results_url"],
        expectedCoverURL: "your_generated_results_cover_url",
        expectedFailure: ("CreationPolicyViolation", nil))

    /// UniAll (OpenAI-style gateway): `POST /v1/video/generations`, `GET /v1/video/generations/{task_id}`.
    public static let uniall = ProviderFixture(
        provider: ProviderDescriptor(name: "uniall", defaultBaseURL: "https://api.uniall.ai", authScheme: "Bearer"),
        create: OperationDescriptor(operationID: "createVideoGeneration", method: "POST", pathTemplate: "/v1/video/generations", createsTask: true),
        task: TaskDescriptor(
            statusOperation: OperationDescriptor(operationID: "getVideoGeneration", method: "GET", pathTemplate: "/v1/video/generations/{task_id}", createsTask: false),
            statusParameter: "task_id", statusParameterInQuery: false,
            taskID: ["/task_id", "/id"], state: "/status", progress: "/progress",
            succeeded: ["completed"], failed: ["failed"],
            resultURLs: ["/video_url", "/result/video_url", "/result/outputs/*"], coverURL: nil,
            errorCode: "/error/code", errorMessage: "/error/message", estimatedSeconds: nil,
            initialDelaySeconds: 5, intervalSeconds: 5),
        // documented (004)
        createBody: #"{"id":"task_xxxxx","task_id":"task_xxxxx","object":"video.generation.job","model":"viduq3p-540p","status":"queued","progress":0,"created_at":1774507626}"#,
        statusBodies: [
            // composed from the documented video.generation.job fields
            #"{"id":"task_xxxxx","task_id":"task_xxxxx","object":"video.generation.job","status":"in_progress","progress":55,"created_at":1774507626}"#,
            #"{"id":"task_xxxxx","task_id":"task_xxxxx","object":"video.generation.job","status":"completed","progress":100,"video_url":"https://cdn.uniall.ai/v/task_xxxxx.mp4","result":{"video_url":"https://cdn.uniall.ai/v/task_xxxxx.mp4","outputs":["https://cdn.uniall.ai/v/task_xxxxx.mp4","https://cdn.uniall.ai/v/task_xxxxx-alt.mp4"]},"created_at":1774507626}"#,
        ],
        failedBody: #"{"id":"task_xxxxx","task_id":"task_xxxxx","object":"video.generation.job","status":"failed","progress":0,"error":{"code":"content_filter","message":"blocked by safety system"},"created_at":1774507626}"#,
        errorBody: { status in
            let type = status == 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error"
            return #"{"error":{"message":"request failed","type":"\#(type)","code":"http_\#(status)"}}"#
        },
        taskID: "task_xxxxx",
        expectedResultURLs: ["https://cdn.uniall.ai/v/task_xxxxx.mp4", "https://cdn.uniall.ai/v/task_xxxxx-alt.mp4"],
        expectedCoverURL: nil,
        expectedFailure: ("content_filter", "blocked by safety system"))
}
