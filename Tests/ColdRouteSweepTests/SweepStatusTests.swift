import ColdRouteSweep
import Testing

/// Index lists in Slurm's `--array` syntax.
@Suite struct SweepStatusTests {
    @Test func rangesCompressRuns() {
        #expect(SweepStatus.ranges([0, 1, 2, 5, 7, 8]) == "0-2,5,7-8")
        #expect(SweepStatus.ranges([9, 3]) == "3,9")
        #expect(SweepStatus.ranges([]) == "")
    }
}
