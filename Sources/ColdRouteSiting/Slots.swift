/// Per-depot result slots written by parallel workers, each slot by one worker only.
struct Slots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: value)
    }

    func free() {
        buffer.deinitialize().deallocate()
    }
}
