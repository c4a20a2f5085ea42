import Foundation
import ArgumentParser
import ColdRouteModel
import ColdRouteSiting

/// Siting options shared by `plan` and `export-model`.
struct SitingArguments: ParsableArguments {
    @Option(name: .customLong("max-new-depots"), help: "Open at most this many candidate depots.")
    var maxNewDepots: Int?

    @Option(help: ArgumentHelp("Daily opening cost allowed for new depots (yuan/day).", valueName: "yuan"))
    var budget: Double?

    @Option(name: .customLong("open"), parsing: .singleValue,
            help: ArgumentHelp("Force a depot open (repeat or comma-separate ids).", valueName: "depot-id"))
    var forceOpen: [String] = []

    @Option(name: .customLong("close"), parsing: .singleValue,
            help: ArgumentHelp("Force a depot closed, existing or candidate (repeat or comma-separate).", valueName: "depot-id"))
    var forceClosed: [String] = []

    @Flag(name: .customLong("allow-closing"), help: "Let the plan close existing depots when that is cheaper.")
    var existingMayClose = false

    @Option(name: .customLong("low-income-target"),
            help: ArgumentHelp("Cover at least this share of low-income households: 0.8 or 80%.", valueName: "share"))
    var lowIncomeTarget: String?

    @Flag(name: .customLong("single-source"),
          help: "Serve each village from one depot only (each product whole or not at all), as operators run it.")
    var singleSource = false

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Wall-clock limit in seconds (for plan: the whole run, from start to output). Default: 60; for plan, none with --route-iterations.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(help: ArgumentHelp("Stop when the relative optimality gap is at most this.", valueName: "gap"))
    var gap: Double = 1e-6

    func validate() throws {
        if let maxNewDepots, maxNewDepots < 0 { throw ValidationError("--max-new-depots must be 0 or more") }
        if let budget, !(budget >= 0 && budget <= FieldLimits.yuan.upperBound) {
            throw ValidationError("--budget must be between 0 and \(Int(FieldLimits.yuan.upperBound)) yuan/day")
        }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= FieldLimits.seconds.upperBound) {
            throw ValidationError("--time-limit must be a positive number of seconds, at most \(Int(FieldLimits.seconds.upperBound))")
        }
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be in [0, 1)") }
        _ = try lowIncomeShare()
    }

    /// The target as a share in [0, 1], accepting `0.8` and `80%`.
    func lowIncomeShare() throws -> Double? {
        guard let text = lowIncomeTarget?.trimmingCharacters(in: .whitespaces) else { return nil }
        let isPercent = text.hasSuffix("%")
        guard let number = Double(isPercent ? String(text.dropLast()) : text) else {
            throw ValidationError("--low-income-target must be a share like 0.8 or 80% (got '\(text)')")
        }
        let share = isPercent ? number / 100 : number
        guard (0...1).contains(share) else {
            let hint = isPercent ? "" : "; write \(text)% for a percentage"
            throw ValidationError("--low-income-target must be a share between 0 and 1, or 0% to 100% (got '\(text)'\(hint))")
        }
        return share
    }

    func options() throws -> SitingOptions {
        func ids(_ list: [String]) -> Set<Depot.ID> {
            Set(list.flatMap { $0.split(separator: ",") }.map { Depot.ID(String($0).trimmingCharacters(in: .whitespaces)) })
        }
        return SitingOptions(
            maxNewDepots: maxNewDepots, budgetPerDay: budget.map { Yuan($0) }, forceOpen: ids(forceOpen),
            forceClosed: ids(forceClosed), existingMayClose: existingMayClose,
            minLowIncomeCoverage: try lowIncomeShare(), singleSource: singleSource, timeLimit: .milliseconds(Int64(saturating: (timeLimit ?? 60) * 1000)),
            relativeGap: gap)
    }
}
