import ColdRouteBench
import ColdRouteIO
import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteScenario
import ColdRouteSiting
import Foundation
import FuzzDriver

/// libFuzzer entry points for every ColdRoute reader (built only by `Fuzz/run.sh`).
///
/// One binary, ten targets, chosen by `COLDROUTE_FUZZ_TARGET`: `network-json`, `network-csv`,
/// `scenario`, `route-sheet`, `vroom`, `orlib`, `solomon`, `mtvrptw`, `matrix-json`, `matrix-csv`.
///
/// The property for each input: the reader either accepts it or throws an error whose every
/// message is one line naming the file; an accepted network that validates goes on through the
/// code a `plan` would run first (travel model, siting instance, the routing instance of every
/// depot), an accepted route sheet through `evaluate`'s checker, an accepted travel matrix through
/// the travel model built over it. A trap (SIGILL), a crash, a hang
/// (`-timeout`) or a broken message (reported with `abort()`) is a finding; libFuzzer saves the
/// input under the artifact prefix.
enum FuzzTarget: String {
    case networkJSON = "network-json", networkCSV = "network-csv", scenario, routeSheet = "route-sheet", vroom, orlib, solomon, mtvrptw
    case matrixJSON = "matrix-json", matrixCSV = "matrix-csv"
}

nonisolated(unsafe) var target = FuzzTarget.networkJSON
nonisolated(unsafe) var workFolder = ""
nonisolated(unsafe) var tiny: CountyNetwork?

/// The executable's entry point (SwiftPM links `main` to `coldroute_fuzz_main`): hands over to
/// libFuzzer's driver, which parses its flags and calls ``fuzzInitialize`` and ``fuzzOneInput``.
@_cdecl("coldroute_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    let name = ProcessInfo.processInfo.environment["COLDROUTE_FUZZ_TARGET"] ?? "network-json"
    guard let chosen = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("unknown COLDROUTE_FUZZ_TARGET '\(name)'\n".utf8))
        exit(2)
    }
    target = chosen
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    workFolder = (base as NSString).appendingPathComponent("coldroute-fuzz-\(name)-\(getpid())")
    try? FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    let network = ProcessInfo.processInfo.environment["COLDROUTE_FUZZ_NETWORK"] ?? "networks/tiny.json"
    do {
        tiny = try NetworkReader.read(path: network)
        try FileManager.default.removeItem(atPath: path("base.json"))
    } catch {}
    try? FileManager.default.copyItem(atPath: network, toPath: path("base.json"))
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = count == 0 || start == nil ? [] : Array(UnsafeBufferPointer(start: start, count: count))
    switch target {
    case .networkJSON: fuzzNetworkFile(bytes)
    case .networkCSV: fuzzNetworkFolder(bytes)
    case .scenario: fuzzScenario(bytes)
    case .routeSheet: fuzzRoutes(bytes, file: "routes.csv")
    case .vroom: fuzzRoutes(bytes, file: "routes-vroom.json")
    case .orlib: fuzzORLibrary(bytes)
    case .solomon: fuzzSolomon(bytes)
    case .mtvrptw: fuzzMTVRPTW(bytes)
    case .matrixJSON: fuzzMatrix(bytes, file: "matrix.json")
    case .matrixCSV: fuzzMatrix(bytes, file: "matrix.csv")
    }
    return 0
}

func path(_ name: String) -> String { (workFolder as NSString).appendingPathComponent(name) }

/// Stops the run with a message: libFuzzer saves the input as a crash.
func finding(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FINDING: \(message)\n".utf8))
    abort()
}

func requireOneLine(_ text: String, startingWith prefix: String?) {
    if text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
        finding("message is not one line: \(text.prefix(300).debugDescription)")
    }
    if let prefix, !text.hasPrefix(prefix) { finding("message does not name the file: \(text.prefix(300))") }
}

func requireOneLine(_ error: InputError, file: String?) {
    for problem in error.problems { requireOneLine(problem.description, startingWith: file) }
}

// MARK: - Networks

func fuzzNetworkFile(_ bytes: [UInt8]) {
    let file = path("network.json")
    FileManager.default.createFile(atPath: file, contents: Data(bytes))
    readNetwork(at: file)
}

/// The input is a folder of CSV files: `#> name.csv` lines start each file.
func fuzzNetworkFolder(_ bytes: [UInt8]) {
    let folder = path("csv")
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, content) in CSVBundle.split(bytes) {
        FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent(name), contents: Data(content))
    }
    readNetwork(at: folder)
}

func readNetwork(at file: String) {
    let loaded: LoadedNetwork
    do {
        loaded = try NetworkReader.load(path: file)
    } catch {
        requireOneLine(error, file: file)
        return
    }
    for warning in loaded.warnings { requireOneLine(warning, file: file) }
    exercise(loaded.network)
}

/// What `validate` and `plan` do with a network before solving: summary numbers, validation
/// messages, the travel model, the siting instance and each depot's routing instance.
func exercise(_ network: CountyNetwork, routing: Bool = true) {
    let issues = network.validate()
    for issue in issues { requireOneLine(issue.description, startingWith: nil) }
    guard !issues.contains(where: \.isError) else { return }
    _ = Int(saturating: network.villages.reduce(Kilograms.zero) { $0 + $1.totalSupply }.value)
    let travel = TravelModel(network: network)
    let instance = SitingInstance(network: network, travel: travel)
    _ = instance.arcs.count
    guard routing else { return }
    let counts = network.vehicleTypes.map(\.count)
    for j in network.depots.indices {
        // Every servable item of the depot, as if the siting plan assigned it there.
        let assignments = instance.arcs.filter { $0.depot == j }.map { arc in
            let item = instance.items[arc.item]
            return SitingPlan.Assignment(
                village: network.villages[item.village].id, product: network.products[item.product].id, depot: network.depots[j].id,
                kilograms: item.supply, travelTime: arc.travel.time, distance: arc.travel.distance,
                vehicleType: network.vehicleTypes[arc.vehicleType].id, agency: network.agencies[arc.agency].id, arrival: arc.arrival)
        }
        _ = try? PickupInstance(network: network, travel: travel, depot: j, assignments: assignments, vehicleCounts: counts)
    }
}

// MARK: - Scenarios

func fuzzScenario(_ bytes: [UInt8]) {
    let file = path("scenario.toml")
    FileManager.default.createFile(atPath: file, contents: Data(bytes))
    do {
        let scenario = try ScenarioReader.read(path: file)
        let (network, _, _) = try scenario.load()
        exercise(network, routing: false)   // the demo county's routing instances cost ~1 s in a fuzz build
    } catch {
        requireOneLine(error, file: file)
    }
}

// MARK: - Route sheets

func fuzzRoutes(_ bytes: [UInt8], file: String) {
    guard let network = tiny else { finding("no base network (run from the package root)") }
    let sheet: RouteSheet
    do {
        sheet = try RouteSheetReader.read(bytes: bytes, file: file, network: network)
    } catch {
        requireOneLine(error, file: file)
        return
    }
    let travel = TravelModel(network: network)
    let schedules = sheet.routes.map { route in
        RouteSchedule(
            vehicle: route.vehicle, depot: route.depot, vehicleType: route.vehicleType, refrigerated: route.refrigerated,
            start: route.start, end: route.end,
            visits: route.stops.map {
                RouteSchedule.Visit(village: $0.village, kilograms: $0.kilograms, arrival: $0.arrival,
                                    serviceStart: $0.serviceStart, departure: $0.departure)
            })
    }
    let plan = PickupPlan(schedules: schedules, network: network, travel: travel)
    let evaluation = PickupPlanChecker.evaluate(plan, network: network, travel: travel, timeTolerance: sheet.timeResolution)
    for violation in evaluation.violations { requireOneLine(violation.description, startingWith: nil) }
}

// MARK: - Travel matrices

/// A travel matrix (OSRM, Valhalla both shapes, VROOM; or the long CSV) for the tiny network: read
/// from memory (`TravelMatrixReader`), then every cell must be a time ≥ 0 or no route, and the
/// travel model over it must answer every leg.
func fuzzMatrix(_ bytes: [UInt8], file: String) {
    guard let network = tiny else { finding("no base network (run from the package root)") }
    let matrix: ImportedMatrix
    do {
        matrix = try TravelMatrixReader.read(data: Data(bytes), file: file, network: network)
    } catch {
        requireOneLine(error, file: file)
        return
    }
    if let bad = matrix.minutes.first(where: { $0.isNaN || $0 < 0 }) { finding("a matrix cell of \(bad) minutes") }
    if let bad = matrix.kilometres?.first(where: { $0.isNaN || $0 < 0 }) { finding("a matrix cell of \(bad) km") }
    let travel: TravelModel
    do { travel = try TravelModel(network: network, matrix: matrix) } catch { finding("the matrix read for the network does not fit it: \(error)") }
    let places = network.villages.indices.map(Place.village) + network.depots.indices.map(Place.depot)
        + network.agencies.indices.map(Place.agency)
    for place in places { _ = travel.legs(from: place, to: places) }
}

// MARK: - Literature formats

func fuzzORLibrary(_ bytes: [UInt8]) {
    do {
        _ = try ORLibraryCapReader().parse(String(decoding: bytes, as: UTF8.self), file: "cap.txt")
    } catch {
        requireOneLine("\(error)", startingWith: nil)
    }
}

func fuzzSolomon(_ bytes: [UInt8]) {
    do {
        _ = try SolomonReader.parse(String(decoding: bytes, as: UTF8.self), file: "c101.txt")
    } catch {
        requireOneLine("\(error)", startingWith: nil)
    }
}

/// A VRPLIB multi-trip VRPTW file (`bench mtvrptw`); an accepted instance has every edge length
/// computed, as the benchmark runner does (first 60 nodes, to keep inputs fast).
func fuzzMTVRPTW(_ bytes: [UInt8]) {
    do {
        let instance = try MTVRPTWReader.parse(String(decoding: bytes, as: UTF8.self), file: "C201R0.25.vrp")
        let n = min(instance.nodeCount, 60)
        for i in 0..<n { for j in 0..<n { _ = instance.distance(i, j) } }
    } catch {
        requireOneLine("\(error)", startingWith: "C201R0.25.vrp")
    }
}
