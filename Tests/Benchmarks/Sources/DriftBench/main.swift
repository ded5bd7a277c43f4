// Benchmark helper (not part of Package.swift): built in release by Tests/Benchmarks/bench.py
// (`--only drift`) in a throwaway package in .bench/ next to copies of Generated/ (ViduClients)
// and Sources/ViduRuntime.
//
//   drift-bench FILE   FILE is a JSON array of {provider, operationID, status, example, body}: the
//                      documented 200 examples of every status operation. For each, times
//                        decode  = the generated type's JSONDecoder decode (what `send` does)
//                        observe = DriftObserver.observeResponse on the same bytes, with an observer
//                                  that has already seen the body (the steady state: drifts are
//                                  reported once, so after the first body only the check runs)
//                      in alternating batches; prints one JSON object per body (ns/op, min and
//                      median). The overhead per decoded response is `observe`.
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

let batches = Int(ProcessInfo.processInfo.environment["DRIFTBENCH_BATCHES"] ?? "") ?? 9
let batchNanoseconds = Double(ProcessInfo.processInfo.environment["DRIFTBENCH_BATCH_MS"] ?? "").map { $0 * 1e6 } ?? 60e6
let schemas: [String: [SchemaEntry]] = Dictionary(uniqueKeysWithValues: ProviderRegistry.all.map { ($0.id, $0.schemaEntries) })

let examples = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))) as! [[String: Any]]
for example in examples {
    let provider = example["provider"] as! String
    let operationID = example["operationID"] as! String
    let status = example["status"] as! Int
    let data = try! JSONSerialization.data(withJSONObject: example["body"]!)
    guard let entry = schemas[provider]?.responseEntry(operationID: operationID, status: status) else { continue }
    guard (try? entry.decode(data)) != nil else {
        print(#"{"provider": "\#(provider)", "operationID": "\#(operationID)", "error": "the example does not decode"}"#)
        continue
    }
    let observer = DriftObserver(schemas: schemas)
    let drifts = observer.observeResponse(provider: provider, operationID: operationID, status: status, body: data).count
    let decode = { (try? entry.decode(data)) == nil ? 0 : 1 }
    let observe = { observer.observeResponse(provider: provider, operationID: operationID, status: status, body: data).count &+ 1 }
    var perOp = 0.0
    for body in [decode, observe] { perOp = max(perOp, nanoseconds(200, body)) }
    let iterations = max(100, Int(batchNanoseconds / perOp))
    var decodeTimes: [Double] = [], observeTimes: [Double] = []
    for batch in 0..<batches {
        if batch % 2 == 0 {
            decodeTimes.append(nanoseconds(iterations, decode))
            observeTimes.append(nanoseconds(iterations, observe))
        } else {
            observeTimes.append(nanoseconds(iterations, observe))
            decodeTimes.append(nanoseconds(iterations, decode))
        }
    }
    let result: [String: Any] = [
        "provider": provider, "operationID": operationID, "example": example["example"] as! String, "bytes": data.count,
        "drifts": drifts, "iterations": iterations, "batches": batches,
        "decodeMin": decodeTimes.min()!, "decodeMedian": median(decodeTimes),
        "observeMin": observeTimes.min()!, "observeMedian": median(observeTimes),
    ]
    print(String(decoding: try! JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
}
