import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation

/// `coldroute evaluate NETWORK --routes FILE`: check a pickup plan made elsewhere.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Check pickup routes made elsewhere (route sheet CSV or VROOM solution) against a network.",
        discussion: """
            Reads a plan - a route sheet (routes.csv) or a VROOM solution JSON (routes-vroom.json), see docs/exchange-formats.md; the format is told by the extension, else by the content - and reports every violation with the route and stop where it happens, as FILE:PLACE: route, stop, rule:
              shelf life (each product on board - the sheet's kg_<product>
              columns or VROOM step products; else the village's products -
              on the vehicle's class, counted to its trip's return), pickup
              windows, loading time, depot receiving hours at every return,
              unloading time between trips, capacity per trip, shift length,
              trips per vehicle, fleet size (vehicles, each driving one day of
              trips), home depots, travel faster than the roads (or the
              --travel-matrix) allow, express
              cut-off (each trip's produce reaching the depot too late for
              every agency's cut-off), more collected than a village supplies
              (in all, and of each product).
            Then the plan's cost per day (vehicle fixed, distance, driver time, refrigeration) and coverage (villages, kg and low-income households collected within shelf life).

            Route sheet times are HH:MM, so time comparisons allow 1 minute of rounding; VROOM seconds allow 1 second. A VROOM job step is matched to a village by its description (the village id), else by its id (the 1-based index into the network's villages).

            Example:
              coldroute plan networks/demo-county.json --out plan/
              coldroute evaluate networks/demo-county.json --routes plan/routes.csv

            Exit codes: 0 no violation; 4 violations found (all listed); 1 bad input (network or routes file unreadable, unknown ids; each problem named with its place); 64 bad arguments.
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @Option(help: ArgumentHelp("The plan: a route sheet (.csv) or a VROOM solution (.json).", valueName: "file"))
    var routes: String

    @OptionGroup var language: LanguageOption
    @OptionGroup var travelSource: TravelArguments

    func run() throws {
        let loaded = try NetworkLoader.load(network)
        let sheet: RouteSheet
        do {
            sheet = try RouteSheetReader.read(path: routes, network: loaded.network)
        } catch {
            for problem in error.problems { Console.err("error: \(problem)") }
            if error.unlistedProblemCount > 0 { Console.err("error: … and \(error.unlistedProblemCount) more problems") }
            throw ExitCodes.badInput
        }
        let travel = try travelSource.travel(network: loaded.network, networkPath: network)
        let schedules = sheet.routes.map { route in
            RouteSchedule(
                vehicle: route.vehicle, depot: route.depot, vehicleType: route.vehicleType, refrigerated: route.refrigerated,
                start: route.start, end: route.end,
                visits: route.stops.map {
                    RouteSchedule.Visit(village: $0.village, kilograms: $0.kilograms,
                                        products: $0.products.map { PickupPlan.ProductLoad(product: $0.product, kilograms: $0.kilograms) },
                                        trip: $0.trip, arrival: $0.arrival, serviceStart: $0.serviceStart, departure: $0.departure)
                },
                trips: route.trips.map { RouteSchedule.Trip(start: $0.start, end: $0.end) })
        }
        let (plan, evaluation) = Planner.evaluate(schedules, network: loaded.network, travel: travel, timeTolerance: sheet.timeResolution)
        Console.out(Self.report(evaluation, sheet: sheet, plan: plan, network: loaded.network, catalog: language.catalog))
        if !evaluation.violations.isEmpty { throw ExitCodes.violationsFound }
    }

    /// The evaluation as text: violations (in route and stop order), cost, coverage, in the
    /// language of `w` (the violations' rule and reason too).
    static func report(_ e: PlanEvaluation, sheet: RouteSheet, plan: PickupPlan, network: CountyNetwork,
                       catalog w: Catalog = .english) -> String {
        let stops = plan.routes.reduce(0) { $0 + $1.stops.count }
        let trips = plan.routes.reduce(0) { $0 + $1.tripList.count }
        var out = [w("evaluate.title", ["file": sheet.file, "format": w(sheet.format == .csv ? "evaluate.format.csv" : "evaluate.format.vroom"), "network": network.name,
                                        "routes": w.integer(e.routes), "trips": w.integer(trips), "stops": w.integer(stops),
                                        "kg": kg(plan.collected, w)])]
        out.append("")
        if e.violations.isEmpty {
            out.append(w("evaluate.noViolations"))
        } else {
            out.append(w("evaluate.violations", ["n": w.integer(e.violations.count)]))
            let ordered = e.violations.enumerated().sorted {
                ($0.element.route ?? .max, $0.element.stop ?? .max, $0.offset) < ($1.element.route ?? .max, $1.element.stop ?? .max, $1.offset)
            }.map(\.element)
            for v in ordered {
                var at = ""
                if let r = v.route {
                    let route = plan.routes[r]
                    at = w("evaluate.atRoute", ["vehicle": route.vehicle])
                    if let s = v.stop {
                        at += s == 0 ? w("evaluate.atDeparture") : s > route.stops.count ? w("evaluate.atReturn")
                            : w("evaluate.atStop", ["stop": "\(s)"])
                        if s >= 1, s <= route.stops.count, route.tripList.count > 1 {
                            at += w("evaluate.ofTrip", ["trip": "\(route.stops[s - 1].trip)"])
                        }
                        if let place = v.place { at += " (\(place))" }
                    }
                    at += w("evaluate.colon")
                }
                let location = v.route.map { sheet.location(route: $0, stop: v.stop) } ?? .wholeFile
                let line = InputError(file: sheet.file, location: location, message: "\(at)\(w.words(v.kind))\(w("evaluate.colon"))\(w.words(v.reason))")
                out.append("  \(line)")
            }
        }
        out.append("")
        out.append(w("evaluate.cost.title", ["routes": w.integer(e.routes), "km": w.number(e.distance.value, decimals: 1)]))
        func costLine(_ label: String, _ value: Double) -> String {
            "  " + DisplayWidth.pad(label, to: 16) + DisplayWidth.pad(w.number(value, decimals: 2), to: 10, right: true)
        }
        for (name, value) in e.cost.components where ["vehicleFixed", "distance", "driverTime", "refrigeration"].contains(name) {
            out.append(costLine(w.text("cost.\(name)", otherwise: name), value.value))
        }
        out.append(costLine(w("cost.total"), e.cost.total.value))
        let c = e.coverage
        out.append("")
        out.append(w("evaluate.coverage.title"))
        out.append(w("siting.coverage.villages", ["n": w.integer(c.villagesCovered), "total": w.integer(c.villagesTotal),
                                                  "share": w.percent(c.villageShare)]))
        out.append(w("siting.coverage.supply", ["kg": kg(c.supplyCovered, w), "total": kg(c.supplyTotal, w), "share": w.percent(c.supplyShare)])
            + (c.supplyCollected.value > c.supplyCovered.value + 0.5 ? w("evaluate.collectedInAll", ["kg": kg(c.supplyCollected, w)]) : ""))
        out.append(w("siting.coverage.lowIncome", ["n": w.integer(c.lowIncomeCovered), "total": w.integer(c.lowIncomeTotal),
                                                   "share": w.percent(c.lowIncomeShare)]))
        return out.joined(separator: "\n") + "\n"
    }

    static func kg(_ k: Kilograms, _ w: Catalog) -> String { w.number(k.value) }
}

extension ExitCodes {
    /// `evaluate` found violations in the plan (all are listed).
    static let violationsFound = ExitCode(4)
}
