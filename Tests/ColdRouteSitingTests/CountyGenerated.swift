import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// Generated counties for the siting engine at realistic size (``NetworkGenerator``).
enum CountyGenerated {
    /// The county of the issue-3 goal: 2,000 villages, 60 depots, 3 agencies, seed 1
    /// (`coldroute generate --villages 2000 --depots 60 --agencies 3 --seed 1`).
    static func county(villages: Int = 2000, depots: Int = 60, agencies: Int = 3, seed: UInt64 = 1) throws
        -> CountyNetwork
    {
        try NetworkGenerator(villages: villages, depots: depots, agencies: agencies).generate(seed: seed)
    }
}

@Suite struct CountyGeneratedFileTests {
    /// Writes the 2,000-village county to `$COLDROUTE_WRITE_COUNTY` (for `coldroute plan` timings while
    /// `coldroute generate` is not yet wired into the CLI).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COLDROUTE_WRITE_COUNTY"] != nil))
    func writeCounty() throws {
        let path = ProcessInfo.processInfo.environment["COLDROUTE_WRITE_COUNTY"]!
        let network = try CountyGenerated.county()
        #expect(network.validate().filter(\.isError).isEmpty)
        try NetworkWriter.write(network, to: path)
    }
}
