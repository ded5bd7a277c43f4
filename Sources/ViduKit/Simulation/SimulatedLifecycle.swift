import ViduClients
import ViduRuntime

/// One provider's documented conversation, as the simulation plays it: the create answer,
/// a queued status, running statuses with rising progress, and the success with a video
/// URL (or the failure with the provider's code and message). Bodies come from the spec's examples where it has them (see `BodyTemplate.Source`).
struct SimulatedLifecycle: Sendable {
    /// The create operations and the compiled schema of each request body.
    let creates: [(operation: OperationDescriptor, entry: SchemaEntry?)]
    /// How tasks are followed (the status call and where the id goes).
    let task: TaskDescriptor
    /// The create call's success body.
    let created: BodyTemplate
    /// The first status: accepted, not started.
    let queued: BodyTemplate
    /// A status while generating.
    let running: BodyTemplate
    /// The final status of a task that succeeds.
    let succeeded: BodyTemplate
    /// The final status of a task that fails, with the provider's code and message.
    let failed: BodyTemplate
    /// The provider's error body with `$STATUS` and `$MESSAGE`.
    let error: String

    /// The lifecycle of `provider`.
    static func of(_ provider: VideoProviderID) -> SimulatedLifecycle {
        switch provider {
        case .apimart: return apimart
        case .apixo: return apixo
        case .vidu: return vidu
        case .uniall: return uniall
        }
    }

    static let apimart = SimulatedLifecycle(
        creates: [(Apimart.Operations.createVideoGeneration, Apimart.schemaEntries.entry(operationID: "createVideoGeneration", kind: .request))],
        task: Apimart.Tasks.createVideoGeneration,
        created: BodyTemplate(
            text: #"{"code": 200, "data": [{"status": "submitted", "task_id": "$TASK_ID"}]}"#,
            source: .documented(operationID: "createVideoGeneration", status: "200", example: "submitted", values: ["$TASK_ID": "task_xxxxxxxxxx"])),
        queued: BodyTemplate(
            text: #"{"code": 200, "data": {"id": "$TASK_ID", "status": "submitted", "progress": 0, "created": 1757156493, "estimated_time": 100}}"#,
            source: .composed),
        running: BodyTemplate(
            text: #"{"code": 200, "data": {"id": "$TASK_ID", "status": "processing", "progress": $PROGRESS, "created": 1757156493, "estimated_time": 100}}"#,
            source: .composed),
        // The documented completed example carries an image (`result.images`); a video task
        // answers `result.videos` (spec decision 5), so this body is composed from its fields.
        succeeded: BodyTemplate(
            text: #"{"code": 200, "data": {"id": "$TASK_ID", "status": "completed", "progress": 100, "result": {"videos": [{"url": "$VIDEO_URL", "expires_at": 1757242893}]}, "created": 1757156493, "completed": 1757156593, "estimated_time": 100, "actual_time": 100}}"#,
            source: .composed),
        // The shape of `data.error` is not documented (spec decision 7): composed from the
        // members `x-task` reads.
        failed: BodyTemplate(
            text: #"{"code": 200, "data": {"id": "$TASK_ID", "status": "failed", "progress": 0, "error": {"code": "content_policy", "message": "The prompt was rejected by the content policy"}, "created": 1757156493, "estimated_time": 100}}"#,
            source: .composed),
        error: #"{"error": {"code": $STATUS, "message": "$MESSAGE", "type": "invalid_request_error"}}"#)

    static let apixo = SimulatedLifecycle(
        creates: [(Apixo.Operations.generateTask, Apixo.schemaEntries.entry(operationID: "generateTask", kind: .request))],
        task: Apixo.Tasks.generateTask,
        created: BodyTemplate(
            text: #"{"code": 200, "message": "success", "data": {"taskId": "$TASK_ID"}}"#,
            source: .documented(operationID: "generateTask", status: "200", example: "success", values: ["$TASK_ID": "task_12345678"])),
        queued: BodyTemplate(
            text: #"{"code": 200, "message": "success", "data": {"taskId": "$TASK_ID", "state": "pending", "createTime": 1704067200000}}"#,
            source: .composed),
        running: BodyTemplate(
            text: #"{"code": 200, "message": "success", "data": {"taskId": "$TASK_ID", "state": "processing", "createTime": 1704067200000}}"#,
            source: .documented(operationID: "statusTask", status: "200", example: "processing", values: ["$TASK_ID": "task_abc123xyz789"])),
        succeeded: BodyTemplate(
            text: #"{"code": 200, "message": "success", "data": {"taskId": "$TASK_ID", "state": "success", "resultJson": "{\"resultUrls\":[\"$VIDEO_URL\"]}", "createTime": 1767965610929, "completeTime": 1767965730929, "costTime": 120000}}"#,
            source: .documented(operationID: "statusTask", status: "200", example: "success", values: ["$TASK_ID": "task_12345678", "$VIDEO_URL": "https://r2.apixo.ai/video.mp4"])),
        failed: BodyTemplate(
            text: #"{"code": 200, "message": "success", "data": {"taskId": "$TASK_ID", "state": "failed", "failCode": "CONTENT_VIOLATION", "failMsg": "Content does not meet safety guidelines"}}"#,
            source: .documented(operationID: "statusTask", status: "200", example: "failed", values: ["$TASK_ID": "task_12345678"])),
        error: #"{"code": $STATUS, "message": "$MESSAGE", "data": null}"#)

    static let vidu = SimulatedLifecycle(
        creates: [
            (Vidu.Operations.createReference2Video, Vidu.schemaEntries.entry(operationID: "createReference2Video", kind: .request)),
            (Vidu.Operations.createText2Video, Vidu.schemaEntries.entry(operationID: "createText2Video", kind: .request)),
            (Vidu.Operations.createImg2Video, Vidu.schemaEntries.entry(operationID: "createImg2Video", kind: .request)),
            (Vidu.Operations.createStartEnd2Video, Vidu.schemaEntries.entry(operationID: "createStartEnd2Video", kind: .request)),
        ],
        task: Vidu.Tasks.createReference2Video,
        created: BodyTemplate(
            text: #"{"task_id": "$TASK_ID", "type": "character2video", "state": "created", "model": "viduq2", "style": "general", "prompt": "一只可爱的@cat在草地上奔跑,阳光明媚,画面温馨", "images": ["https://picx.zhimg.com/v2-4911df093b40ee5511938a1ac2a5cdc4_r.jpg"], "duration": 5, "seed": 1830691647, "aspect_ratio": "16:9", "resolution": "720p", "movement_amplitude": "auto", "created_at": "2026-01-20T06:37:57.371761937Z", "credits": 45, "payload": "", "cus_priority": 0, "off_peak": false, "watermark": false, "is_rec": false, "wm_position": "unspecified", "wm_url": "", "meta_data": "", "client_request_id": ""}"#,
            source: .documented(operationID: "createReference2Video", status: "200", example: "created", values: ["$TASK_ID": "911084878697623552"])),
        queued: BodyTemplate(
            text: #"{"id": "$TASK_ID", "state": "queueing", "err_code": "", "credits": 4, "payload": "", "creations": []}"#,
            source: .composed),
        running: BodyTemplate(
            text: #"{"id": "$TASK_ID", "state": "processing", "err_code": "", "credits": 4, "payload": "", "creations": []}"#,
            source: .composed),
        succeeded: BodyTemplate(
            text: #"{"id": "$TASK_ID", "state": "success", "err_code": "", "credits": 4, "payload": "", "creations": [{"id": "your_creations_id", "url": "$VIDEO_URL", "cover_url": "$COVER_URL", "watermarked_url": "your_generated_results_watermarked_url"}]}"#,
            source: .documented(operationID: "getTaskCreations", status: "200", example: "success", values: [
                "$TASK_ID": "your_task_id", "$VIDEO_URL": "your_generated_results_url", "$COVER_URL": "your_generated_results_cover_url",
            ])),
        // No failed example is documented; `err_code` is "error code when failed".
        failed: BodyTemplate(
            text: #"{"id": "$TASK_ID", "state": "failed", "err_code": "CreationPolicyViolation", "credits": 0, "payload": "", "creations": []}"#,
            source: .composed),
        error: #"{"code": "BadRequest", "message": "$MESSAGE", "metadata": {"trace_id": "simulated-$STATUS"}, "reason": "BadRequest"}"#)

    static let uniall = SimulatedLifecycle(
        creates: [(UniAll.Operations.createVideoGeneration, UniAll.schemaEntries.entry(operationID: "createVideoGeneration", kind: .request))],
        task: UniAll.Tasks.createVideoGeneration,
        created: BodyTemplate(
            text: #"{"id": "$TASK_ID", "task_id": "$TASK_ID", "object": "video.generation.job", "model": "viduq3p-540p", "status": "queued", "progress": 0, "created_at": 1774507626}"#,
            source: .documented(operationID: "createVideoGeneration", status: "200", example: "queued", values: ["$TASK_ID": "task_xxxxx"])),
        queued: BodyTemplate(
            text: #"{"id": "$TASK_ID", "task_id": "$TASK_ID", "object": "video.generation.job", "model": "viduq3p-540p", "status": "queued", "progress": 0, "created_at": 1774507626}"#,
            source: .documented(operationID: "createVideoGeneration", status: "200", example: "queued", values: ["$TASK_ID": "task_xxxxx"])),
        running: BodyTemplate(
            text: #"{"id": "$TASK_ID", "task_id": "$TASK_ID", "object": "video.generation.job", "model": "viduq3p-540p", "status": "in_progress", "progress": $PROGRESS, "created_at": 1774507626}"#,
            source: .composed),
        succeeded: BodyTemplate(
            text: #"{"id": "$TASK_ID", "task_id": "$TASK_ID", "object": "video.generation.job", "model": "viduq3p-540p", "status": "completed", "progress": 100, "created_at": 1774507626, "video_url": "$VIDEO_URL"}"#,
            source: .composed),
        // The failure detail's shape is not documented; `code` and `message` are what `x-task` reads.
        failed: BodyTemplate(
            text: #"{"id": "$TASK_ID", "task_id": "$TASK_ID", "object": "video.generation.job", "model": "viduq3p-540p", "status": "failed", "progress": 0, "created_at": 1774507626, "error": {"code": "content_filter", "message": "The request was blocked by the safety system"}}"#,
            source: .composed),
        error: #"{"error": {"message": "$MESSAGE", "type": "invalid_request_error", "code": "http_$STATUS"}}"#)

    /// The documented task id of the create example, used for the first simulated task.
    var documentedTaskID: String {
        if case .documented(_, _, _, let values) = created.source, let id = values["$TASK_ID"] { return id }
        return "task_simulated"
    }
}
