import ColdRouteReport
import Foundation

/// One task's line in `sweep.csv` and `sweep.json`: identity, status and the headline numbers.
///
/// `dayCost` is the whole day's cost (``ComparisonRow/totalCost``); `collected*` count produce
/// collected by a route within shelf life (``ComparisonRow``'s headline coverage: assigned when
/// no routes were planned); `spoiledKg` is produce not covered within shelf life plus produce
/// assigned but not collected; `newDepots` the candidate depots opened. `status` is `done`
/// (with the siting status in `siting`), `failed` (with `error`) or `missing` (no record).
public struct SweepRow: Hashable, Sendable, Codable {
    public var index: Int
    public var county: String
    public var scenario: String
    public var seed: UInt64
    public var status: String
    public var siting: String?
    public var dayCost: Double?
    public var costPerKg: Double?
    public var villagesCollected: Int?
    public var villagesTotal: Int?
    public var collectedKg: Double?
    public var supplyKg: Double?
    public var collectedShare: Double?
    public var lowIncomeShare: Double?
    public var spoiledKg: Double?
    public var newDepots: [String]?
    public var error: String?

    public init(task: SweepTask, record: SweepTaskRecord.Summary?) {
        index = task.index
        county = task.county
        scenario = task.scenario
        seed = task.seed
        status = record?.status.rawValue ?? "missing"
        error = record?.failure?.error
        guard let row = record?.row else { return }
        siting = row.status
        dayCost = row.totalCost
        costPerKg = row.costPerKg
        villagesCollected = row.villagesCovered
        villagesTotal = row.villagesTotal
        collectedKg = row.supplyCoveredKg
        supplyKg = row.supplyTotalKg
        collectedShare = row.supplyShare
        lowIncomeShare = row.lowIncomeShare
        spoiledKg = row.spoiledKg
        newDepots = row.newDepotsOpened
    }

    public static let csvHeader = "index,county,scenario,seed,status,siting,day_cost_yuan,cost_per_kg,villages_collected,villages,collected_kg,supply_kg,collected_share,low_income_share,spoiled_kg,new_depots,error"

    public var csvLine: String {
        func n(_ v: Double?, _ digits: Int = 2) -> String { v.map { String(format: "%.\(digits)f", $0) } ?? "" }
        let fields = [String(index), county, scenario, String(seed), status, siting ?? "", n(dayCost), n(costPerKg, 4),
                      villagesCollected.map(String.init) ?? "", villagesTotal.map(String.init) ?? "", n(collectedKg, 1),
                      n(supplyKg, 1), n(collectedShare, 4), n(lowIncomeShare, 4), n(spoiledKg, 1),
                      (newDepots ?? []).joined(separator: ";"), error ?? ""]
        return fields.map(Self.csvField).joined(separator: ",")
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SweepTaskRecord {
    /// The parts of a record the collector reads (the full ``PlanResult`` is left in the file).
    public struct Summary: Sendable, Decodable {
        public var task: SweepTask
        public var status: Status
        public var row: ComparisonRow?
        public var failure: Failure?
        public var execution: Execution
    }
}
