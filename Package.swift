// swift-tools-version:6.0
import PackageDescription

// Modules, one-way dependencies (no cycles):
//   CGLPK (system library) <- CGLPKGuard (C: error hook + longjmp) <- GLPK (safe Swift binding)
//   ColdRouteModel   domain value types, validation, travel model; depends on nothing
//   ColdRouteIO      network JSON/CSV/.xlsx readers and writers -> Model (ZIPFoundation for .xlsx)
//   ColdRouteRouting pickup-routing heuristics on integer instances; depends on nothing
//   ColdRouteSiting  depot-siting MIP -> Model, GLPK
//   ColdRoutePlanning siting + routing + recombination for a network -> Model, Siting, Routing, GLPK
//   ColdRouteScenario scenario files (TOML) and the scenario runner -> Model, IO, Siting, Planning
//   ColdRouteBench   literature benchmark formats and runners (OR-Library, Solomon)
//   ColdRouteReport  renders results, never solves
//   ColdRouteSweep   province sweeps: tasks, records, collector, Slurm/Kubernetes scripts -> Model, IO, Scenario, Planning, Report
//   coldroute        the CLI: the only module that parses arguments or prints
let package = Package(
    name: "ColdRoute",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coldroute", targets: ["coldroute"]),
        .library(name: "ColdRoute", targets: ["ColdRouteModel", "ColdRouteIO", "ColdRouteSiting", "ColdRouteRouting", "GLPK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // GLPK 5 from Debian's libglpk-dev (no pkg-config file ships, so no pkgConfig: line).
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
        // The C guard that turns glp_error's abort() into a catchable error (setjmp/longjmp).
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"]),
        .target(name: "GLPK", dependencies: ["CGLPK", "CGLPKGuard"]),
        .target(name: "ColdRouteModel"),
        .target(name: "ColdRouteIO", dependencies: [
            "ColdRouteModel", .product(name: "SwiftCSV", package: "SwiftCSV"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "ColdRouteSiting", dependencies: ["ColdRouteModel", "GLPK"]),
        .target(name: "ColdRouteRouting"),
        .target(name: "ColdRoutePlanning", dependencies: ["ColdRouteModel", "ColdRouteSiting", "ColdRouteRouting", "GLPK"]),
        .target(name: "ColdRouteBench", dependencies: ["ColdRouteRouting", "ColdRouteSiting", "ColdRoutePlanning", "GLPK"]),
        .target(name: "ColdRouteScenario", dependencies: [
            "ColdRouteModel", "ColdRouteIO", "ColdRouteSiting", "ColdRoutePlanning",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "ColdRouteReport", dependencies: ["ColdRouteModel", "ColdRouteIO", "ColdRouteSiting", "ColdRouteRouting", "ColdRoutePlanning", "ColdRouteScenario"],
                // One JSON table per output language, found by listing the folder (docs/languages.md).
                resources: [.copy("Resources/Localization")]),
        .target(name: "ColdRouteSweep", dependencies: ["ColdRouteModel", "ColdRouteIO", "ColdRouteScenario", "ColdRoutePlanning", "ColdRouteReport"]),
        .executableTarget(name: "coldroute", dependencies: [
            "ColdRouteModel", "ColdRouteIO", "ColdRouteSiting", "ColdRouteRouting", "ColdRoutePlanning",
            "ColdRouteScenario", "ColdRouteBench", "ColdRouteReport", "ColdRouteSweep", "GLPK",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK"]),
        .testTarget(name: "ColdRouteModelTests", dependencies: ["ColdRouteModel"]),
        .testTarget(name: "ColdRouteIOTests", dependencies: [
            "ColdRouteIO", "ColdRouteModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "ColdRouteSitingTests", dependencies: ["ColdRouteSiting", "ColdRouteIO", "ColdRouteModel", "GLPK"]),
        .testTarget(name: "ColdRouteRoutingTests", dependencies: ["ColdRouteRouting"]),
        .testTarget(name: "ColdRoutePlanningTests", dependencies: ["ColdRoutePlanning", "ColdRouteRouting", "ColdRouteIO", "ColdRouteModel"]),
        .testTarget(name: "ColdRouteScenarioTests", dependencies: ["ColdRouteScenario", "ColdRouteSiting", "ColdRouteModel", "ColdRouteIO"]),
        .testTarget(name: "ColdRouteReportTests", dependencies: ["ColdRouteReport", "ColdRouteScenario", "ColdRoutePlanning", "ColdRouteSiting", "ColdRouteIO", "ColdRouteModel"]),
        .testTarget(name: "ColdRouteBenchTests", dependencies: ["ColdRouteBench", "ColdRouteRouting"]),
        .testTarget(name: "ColdRouteCLITests", dependencies: ["coldroute"], exclude: ["Golden"]),
        .testTarget(name: "ColdRouteSweepTests", dependencies: ["ColdRouteSweep", "ColdRouteScenario", "ColdRouteReport"]),
    ]
)

// Coverage-guided fuzzing (libFuzzer): the `coldroute-fuzz` target exists only when COLDROUTE_FUZZ=1,
// so a normal `swift build` / `swift test` never sees it. Fuzz/run.sh builds it with
// `-sanitize=fuzzer` in its own scratch folder (docs/robustness.md).
if Context.environment["COLDROUTE_FUZZ"] == "1" {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Driver"))
    package.targets.append(.executableTarget(
        name: "coldroute-fuzz",
        dependencies: ["FuzzDriver", "ColdRouteModel", "ColdRouteIO", "ColdRouteSiting", "ColdRoutePlanning", "ColdRouteScenario", "ColdRouteBench"],
        path: "Fuzz/Sources",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
