// Benchmark helper (not part of Package.swift): built in release by Tests/Benchmarks/bench.py in a
// throwaway package in .bench/ next to copies of Generated/ (ViduClients) and Sources/ViduRuntime.
//
//   val-bench FILE   FILE is a JSON array of {provider, operationID, example, body}: the documented
//                    request examples of every create operation. For each operation, the first
//                    example that decodes and validates cleanly is timed:
//                      encode   = JSONEncoder().encode(value)          (one encoder, reused)
//                      validate = value.validate()                     (what the client checks:
//                                 generated jsonValue + SchemaTable walk)
//                      walk     = T.validate(json:) on the pre-encoded JSONValue (the walk alone)
//                    in alternating batches; prints one JSON object per operation (ns/op, min and
//                    median of the batches). VALBENCH_ONLY=encode|validate|walk runs one loop only.
import Foundation
import ViduClients
import ViduRuntime

nonisolated(unsafe) var sink = 0

func nanoseconds(_ iterations: Int, _ body: () -> Int) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    var total = 0
    for _ in 0..<iterations { total &+= body() }
    let end = DispatchTime.now().uptimeNanoseconds
    sink &+= total
    return Double(end - start) / Double(iterations)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

let batches = Int(ProcessInfo.processInfo.environment["VALBENCH_BATCHES"] ?? "") ?? 9
/// Set to encode, validate or walk to run only that loop (for a profiler).
let only = ProcessInfo.processInfo.environment["VALBENCH_ONLY"]
let batchNanoseconds = Double(ProcessInfo.processInfo.environment["VALBENCH_BATCH_MS"] ?? "").map { $0 * 1e6 } ?? 60e6

func bench<T: SchemaValidated & Decodable>(_ type: T.Type, provider: String, operationID: String, examples: [[String: Any]]) -> [String: Any] {
    var tried: [String] = []
    for example in examples where example["provider"] as? String == provider && example["operationID"] as? String == operationID {
        let name = example["example"] as! String
        let data = try! JSONSerialization.data(withJSONObject: example["body"]!)
        guard let value = try? JSONDecoder().decode(T.self, from: data) else { tried.append("\(name): does not decode"); continue }
        let violations = value.validate()
        guard violations.isEmpty else { tried.append("\(name): \(violations.count) violations"); continue }
        let json = try! JSONValueEncoder().encode(value)
        let encoder = JSONEncoder()
        let encode = { (try! encoder.encode(value)).count }
        let validate = { value.validate().count &+ 1 }
        let walk = { T.validate(json: json).count &+ 1 }
        // Calibrate: iterations so that one batch of the slowest of the three takes ~batchNanoseconds.
        var perOp = 0.0
        for body in [encode, validate, walk] { perOp = max(perOp, nanoseconds(200, body)) }
        let iterations = max(100, Int(batchNanoseconds / perOp))
        var encodeTimes: [Double] = [], validateTimes: [Double] = [], walkTimes: [Double] = []
        if let only {
            let body = only == "encode" ? encode : only == "walk" ? walk : validate
            for _ in 0..<batches { encodeTimes.append(nanoseconds(iterations, body)) }
            validateTimes = encodeTimes
            walkTimes = encodeTimes
        }
        for batch in 0..<(only == nil ? batches : 0) {
            // Alternate the order so drift and load hit all three alike.
            if batch % 2 == 0 {
                encodeTimes.append(nanoseconds(iterations, encode))
                validateTimes.append(nanoseconds(iterations, validate))
                walkTimes.append(nanoseconds(iterations, walk))
            } else {
                walkTimes.append(nanoseconds(iterations, walk))
                validateTimes.append(nanoseconds(iterations, validate))
                encodeTimes.append(nanoseconds(iterations, encode))
            }
        }
        return [
            "provider": provider, "operationID": operationID, "example": name, "type": String(describing: T.self),
            "bytes": (try! encoder.encode(value)).count, "iterations": iterations, "batches": batches,
            "encodeMin": encodeTimes.min()!, "encodeMedian": median(encodeTimes),
            "validateMin": validateTimes.min()!, "validateMedian": median(validateTimes),
            "walkMin": walkTimes.min()!, "walkMedian": median(walkTimes),
            "skipped": tried,
        ]
    }
    return ["provider": provider, "operationID": operationID, "error": "no example decodes and validates cleanly", "skipped": tried]
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 1 else {
    FileHandle.standardError.write(Data("usage: val-bench EXAMPLES.json\n".utf8))
    exit(2)
}
let examples = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: arguments[0]))) as! [[String: Any]]
let results: [[String: Any]] = [
    bench(Apimart.ApimartCreateVideoRequest.self, provider: "apimart", operationID: "createVideoGeneration", examples: examples),
    bench(Apixo.ApixoGenerateTaskRequest.self, provider: "apixo", operationID: "generateTask", examples: examples),
    bench(ViduPlatform.ViduReference2VideoRequest.self, provider: "vidu", operationID: "createReference2Video", examples: examples),
    bench(UniAll.UniAllCreateVideoRequest.self, provider: "uniall", operationID: "createVideoGeneration", examples: examples),
]
for result in results {
    let data = try! JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
if sink == 42 { print("") }
