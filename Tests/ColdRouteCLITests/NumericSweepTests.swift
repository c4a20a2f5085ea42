import Foundation
import Testing

/// Issue 11, part 1: every numeric field, given each of the values that used to trap, makes the
/// real binary (in a child process) end cleanly: exit 0, 1, 3, 4 or 64 (with an `error:` line for
/// 1, 3 and 64; exit 4 is `evaluate`'s list of violations), never a signal (a trap is SIGILL, exit 132 in a shell).
///
/// Fields: every number of the network file (tiny network; the road fields on the demo county),
/// the scenario file, the command-line options, the route sheet and the VROOM solution. A network
/// that `validate` accepts also goes through `plan --no-routes`; a scenario through `compare`.
@Suite("Numeric sweep", .serialized)
struct NumericSweepTests {
    /// The values of the issue, as they are written in a file or on a command line.
    static let values: [(name: String, json: String, text: String)] = [
        ("1e19", "1e19", "1e19"), ("1e300", "1e300", "1e300"), ("inf", "1e999", "inf"), ("nan", "NaN", "nan"),
        ("-0", "-0", "-0"), ("2^62", "4611686018427387904", "4611686018427387904"), ("1e-300", "1e-300", "1e-300"),
        ("negative", "-5", "-5"),
    ]

    /// `table`/`index`/`key` places in the tiny network (`index` -1: the top level).
    static let networkFields: [(table: String, key: String)] = [
        ("", "circuityFactor"), ("", "defaultSpeedKmh"), ("", "driverCostPerHour"),
        ("products", "shelfLifeAmbientMin"), ("products", "shelfLifeRefrigeratedMin"), ("products", "valuePerKg"),
        ("villages", "x"), ("villages", "y"), ("villages", "supply.berry"), ("villages", "readyTime"), ("villages", "pickupStart"),
        ("villages", "pickupEnd"), ("villages", "serviceMin"), ("villages", "lowIncomeHouseholds"),
        ("depots", "x"), ("depots", "openingCostPerDay"), ("depots", "capacityKgPerDay"), ("depots", "handlingCostPerKg"),
        ("depots", "receivingOpen"), ("depots", "receivingClose"),
        ("agencies", "x"), ("agencies", "cutoff"), ("agencies", "handlingCostPerKg"), ("agencies", "capacityKgPerDay"),
        ("vehicleTypes", "capacityKg"), ("vehicleTypes", "costPerKm"), ("vehicleTypes", "fixedCostPerDay"),
        ("vehicleTypes", "refrigerationCostPerHour"), ("vehicleTypes", "count"), ("vehicleTypes", "maxShiftMin"),
        ("roads", "lengthKm"), ("roads", "travelMin"),
    ]

    struct Outcome: CustomStringConvertible {
        var what: String
        var status: Int32
        var signaled: Bool
        var stderr: String
        var description: String { "\(what): \(signaled ? "signal" : "exit") \(status): \(stderr.prefix(300))" }

        /// Exit 0/1/3/4/64, no signal, an `error:` line when it failed, no raw error dumps.
        var isClean: Bool {
            guard !signaled, [0, 1, 3, 4, 64].contains(status) else { return false }
            if stderr.contains("Fatal error") || stderr.contains("NSCocoaErrorDomain") || stderr.contains("Error Domain=") { return false }
            // 0: fine; 4: `evaluate` lists the violations on standard output; else an error line.
            return status == 0 || status == 4 || stderr.split(separator: "\n").contains { $0.hasPrefix("error:") || $0.hasPrefix("Error:") }
        }
    }

    static func run(_ what: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.repository
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(what: what, status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                       stderr: String(decoding: data, as: UTF8.self))
    }

    /// The network with `key` of the first row of `table` set to the literal `token`.
    static func network(_ base: String, table: String, key: String, token: String) throws -> String {
        let url = CLIRunner.repository.appendingPathComponent(base)
        var root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let marker = "@@VALUE@@"
        func set(_ object: inout [String: Any]) {
            let parts = key.split(separator: ".").map(String.init)
            if parts.count == 2 {
                var inner = object[parts[0]] as? [String: Any] ?? [:]
                inner[parts[1]] = marker
                object[parts[0]] = inner
            } else {
                object[key] = marker
            }
        }
        if table.isEmpty {
            set(&root)
        } else {
            var rows = root[table] as! [[String: Any]]
            set(&rows[0])
            root[table] = rows
        }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]), as: UTF8.self)
        return text.replacingOccurrences(of: "\"\(marker)\"", with: token)
    }

    @Test("network fields", arguments: networkFields.indices)
    func networkField(_ k: Int) throws {
        let (table, key) = Self.networkFields[k]
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = table == "roads" ? "networks/demo-county.json" : "networks/tiny.json"
        var bad: [Outcome] = []
        for value in Self.values {
            let file = folder.appendingPathComponent("net.json").path
            try Self.network(base, table: table, key: key, token: value.json).write(toFile: file, atomically: true, encoding: .utf8)
            let what = "\(table).\(key) = \(value.name)"
            let validate = try Self.run("validate " + what, ["validate", file])
            if !validate.isClean { bad.append(validate) }
            if validate.status == 0 {
                let plan = try Self.run("plan " + what, ["plan", file, "--no-routes", "--time-limit", "5", "-q"])
                if !plan.isClean { bad.append(plan) }
            }
        }
        #expect(bad.isEmpty, "\(bad)")
    }

    static let scenarioFields: [(table: String, key: String)] = [
        ("solver", "timeLimit"), ("solver", "routeTime"), ("solver", "gap"), ("supply", "factor"),
        ("supply.multiplier", "berry"), ("supply.village", "V1"), ("shelfLife.berry", "multiplier"),
        ("shelfLife.berry", "ambientMin"), ("shelfLife.berry", "refrigeratedMultiplier"), ("depots", "budgetPerDay"),
        ("costs", "driverCostPerHour"), ("costs", "newDepotOpeningMultiplier"), ("costs", "expressHandlingPerKg"),
        ("fleet.count", "truck"), ("depots", "maxNew"), ("solver", "routeIterations"),
    ]

    @Test("scenario fields", arguments: scenarioFields.indices)
    func scenarioField(_ k: Int) throws {
        let (table, key) = Self.scenarioFields[k]
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CLIRunner.repository.appendingPathComponent("networks/tiny.json").path
        var bad: [Outcome] = []
        for value in Self.values {
            // TOML writes infinity and NaN as inf and nan.
            let token = value.name == "inf" ? "inf" : value.name == "nan" ? "nan" : value.json
            var text = "base = \"\(base)\"\nname = \"sweep\"\n"
            if table != "solver" { text += "[solver]\ntimeLimit = 5\nroutes = false\n" }
            text += "[\(table)]\n\(key) = \(token)\n"
            if table == "solver" { text += "routes = false\n" }
            let file = folder.appendingPathComponent("s.toml").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let outcome = try Self.run("\(table).\(key) = \(value.name)", ["compare", file, "-q"])
            if !outcome.isClean { bad.append(outcome) }
        }
        #expect(bad.isEmpty, "\(bad)")
    }

    static let options = ["--time-limit", "--route-time", "--gap", "--budget", "--low-income-target", "--max-new-depots",
                          "--rounds", "--regions", "--route-iterations", "--seed"]

    @Test("plan options", arguments: options)
    func planOption(_ option: String) throws {
        var bad: [Outcome] = []
        for value in Self.values {
            var arguments = ["plan", "networks/tiny.json", "--no-routes", "-q", option, value.text]
            if option != "--time-limit" { arguments += ["--time-limit", "5"] }
            let outcome = try Self.run("\(option) \(value.name)", arguments)
            if !outcome.isClean { bad.append(outcome) }
        }
        #expect(bad.isEmpty, "\(bad)")
    }

    /// Route sheets of the tiny network: T loads 200 kg at V1.
    static let sheetHeader = "vehicle,depot,vehicle_type,sequence,stop_id,arrival,departure,kilograms\n"
    static let sheetFields = ["sequence", "arrival", "departure", "kilograms"]

    @Test("route-sheet fields", arguments: sheetFields)
    func routeSheetField(_ field: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bad: [Outcome] = []
        for value in Self.values {
            var cells = ["vehicle": "T", "depot": "D0", "vehicle_type": "truck", "sequence": "1", "stop_id": "V1",
                         "arrival": "06:10", "departure": "06:10", "kilograms": "200"]
            cells[field] = value.text
            let row = ["vehicle", "depot", "vehicle_type", "sequence", "stop_id", "arrival", "departure", "kilograms"].map { cells[$0]! }
            let csv = Self.sheetHeader + "T,D0,truck,0,D0,,06:00,\n" + row.joined(separator: ",") + "\nT,D0,truck,2,D0,06:30,,\n"
            let file = folder.appendingPathComponent("routes.csv").path
            try csv.write(toFile: file, atomically: true, encoding: .utf8)
            let outcome = try Self.run("\(field) = \(value.name)", ["evaluate", "networks/tiny.json", "--routes", file])
            if !outcome.isClean { bad.append(outcome) }
        }
        #expect(bad.isEmpty, "\(bad)")
    }

    static let vroomFields = ["arrival", "kilograms", "id", "service", "waiting_time", "setup", "load"]

    @Test("VROOM fields", arguments: vroomFields)
    func vroomField(_ field: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bad: [Outcome] = []
        for value in Self.values {
            var job = ["\"type\": \"job\"", "\"id\": 1", "\"arrival\": 21600", "\"kilograms\": 200", "\"service\": 0"]
            job.removeAll { $0.hasPrefix("\"\(field)\"") }
            job.append(field == "load" ? "\"load\": [\(value.json)]" : "\"\(field)\": \(value.json)")
            let json = #"{"code": 0, "routes": [{"vehicle": 1, "depot": "D0", "steps": [{"type": "start", "arrival": 21000}, {"#
                + job.joined(separator: ", ") + #"}, {"type": "end", "arrival": 23160}]}]}"#
            let file = folder.appendingPathComponent("routes-vroom.json").path
            try json.write(toFile: file, atomically: true, encoding: .utf8)
            let outcome = try Self.run("\(field) = \(value.name)", ["evaluate", "networks/tiny.json", "--routes", file])
            if !outcome.isClean { bad.append(outcome) }
        }
        #expect(bad.isEmpty, "\(bad)")
    }
}
