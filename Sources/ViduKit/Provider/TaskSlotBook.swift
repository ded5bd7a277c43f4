import ViduRuntime

/// The task slots `VideoProvider.submit` took and has not given back, by task id: one book
/// per `RateLimiter`, so that any `VideoProvider` sharing the limiter can release a slot
/// that another one took.
///
/// A slot whose create call may have created a task without telling its id (`.outcomeUnknown`,
/// an unreadable or id-less 2xx answer) is kept unclaimed; following a task this book does
/// not know (`claim`) takes it over.
actor TaskSlotBook {
    private var slotsByTask: [String: TaskSlot] = [:]
    private var unclaimed: [TaskSlot] = []

    /// Keeps `slot` for `taskID` until the task ends.
    func hold(_ slot: TaskSlot, for taskID: String) {
        // A provider that hands out an id twice must not make a slot vanish.
        if let previous = slotsByTask.updateValue(slot, forKey: taskID) { unclaimed.append(previous) }
    }

    /// Keeps `slot` for a task whose id is not known.
    func holdUnclaimed(_ slot: TaskSlot) {
        unclaimed.append(slot)
    }

    /// The slot of `taskID`; a task id the book does not know takes over the oldest
    /// unclaimed slot, if any.
    func claim(for taskID: String) -> TaskSlot? {
        if let slot = slotsByTask[taskID] { return slot }
        guard !unclaimed.isEmpty else { return nil }
        let slot = unclaimed.removeFirst()
        slotsByTask[taskID] = slot
        return slot
    }

    /// Gives back the slot held for `taskID`, if any. Releasing twice does nothing.
    func release(_ taskID: String) async {
        guard let slot = slotsByTask.removeValue(forKey: taskID) else { return }
        await slot.release()
    }
}
