import ColdRouteIO
import ColdRouteModel
import Foundation
import TOMLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads sweep manifests (TOML, see ``SweepManifest`` and `docs/sweeps.md`).
///
/// Paths and globs are relative to the manifest's folder; the expanded paths are absolute. Every pattern must match at least one
/// file; every scenario file is read (with `base` optional) so a syntax error stops the sweep
/// before any task runs. What a scenario changes is checked per county by each task: an id a
/// county lacks fails that task only. Errors are one ``InputError`` line naming the manifest (or
/// scenario) file, the key and its line.
public enum SweepManifestReader {
    static let rootKeys = ["name", "counties", "scenarios", "baseline", "seeds", "solver"]

    public static func read(path: String) throws(InputError) -> SweepManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: path, message: "not UTF-8 text") }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        // Counties and scenarios are resolved to absolute paths, so a task is the same task however
        // the manifest was named (relative here, absolute in a Slurm script).
        let folder = (URL(fileURLWithPath: path).standardizedFileURL.path as NSString).deletingLastPathComponent
        return try read(text: text, file: path, defaultName: stem, relativeTo: folder)
    }

    public static func read(text: String, file: String, defaultName: String, relativeTo folder: String) throws(InputError) -> SweepManifest {
        var root = try TOMLTableReader.document(text: text, file: file, headerExample: "[solver]")

        let name = try root.string("name") ?? defaultName
        guard !name.isEmpty, !name.contains("/") else { throw root.error("name", "must be a non-empty name without '/'") }

        // Counties.
        let countyPatterns = try root.stringList("counties")
        guard !countyPatterns.isEmpty else {
            throw root.context.error("counties", "missing required key 'counties' (network files or CSV folders, globs allowed)")
        }
        var counties: [SweepManifest.County] = []
        var countyByName: [String: String] = [:]
        for pattern in countyPatterns {
            for path in try expand(pattern, folder: folder, root: root, key: "counties") where !counties.contains(where: { $0.path == path }) {
                let countyName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                if let other = countyByName[countyName] {
                    throw root.error("counties", "two counties are named '\(countyName)' (\(other) and \(path)); county names come from file or folder names")
                }
                countyByName[countyName] = path
                counties.append(.init(name: countyName, path: path))
            }
        }

        // Scenarios.
        let baseline = try root.bool("baseline") ?? false
        var scenarios: [SweepManifest.ScenarioEntry] = baseline ? [.init(name: SweepManifest.baselineName, path: nil)] : []
        for pattern in try root.stringList("scenarios") {
            for path in try expand(pattern, folder: folder, root: root, key: "scenarios") where !scenarios.contains(where: { $0.path == path }) {
                let scenario = try ScenarioReader.read(path: path, requireBase: false)
                if let other = scenarios.first(where: { $0.name == scenario.name }) {
                    throw root.error("scenarios", "two scenarios are named '\(scenario.name)' (\(other.path ?? "the baseline") and \(path)); give one another name")
                }
                scenarios.append(.init(name: scenario.name, path: path))
            }
        }
        guard !scenarios.isEmpty else {
            throw root.context.error("scenarios", "no scenarios: give scenario files under 'scenarios', or baseline = true")
        }

        // Seeds and solver settings.
        var seeds: [UInt64] = []
        if let node = root.value("seeds") {
            guard case .array(let items) = node, !items.isEmpty else { throw root.error("seeds", "must be a non-empty list of integers (got \(node.shown))") }
            for item in items {
                guard case .int(let v) = item, v >= 0 else { throw root.error("seeds", "must hold non-negative integers (got \(item.shown))") }
                guard !seeds.contains(UInt64(v)) else { throw root.error("seeds", "seed \(v) is listed twice") }
                seeds.append(UInt64(v))
            }
        }
        var overrides = SweepManifest.SolverOverrides()
        if var t = try root.table("solver") {
            let given = Set(t.keys)
            var probe = Scenario(file: file, name: name, base: "", basePath: "")
            try ScenarioReader.readSolver(&t, into: &probe)
            let s = probe.settings
            if given.contains("timeLimit") { overrides.timeLimit = s.timeLimit }
            if given.contains("routeTime") { overrides.routeTime = s.routeTime }
            if given.contains("routeIterations") { overrides.routeIterations = s.routeIterations }
            if given.contains("singleSource") { overrides.singleSource = s.singleSource }
            if given.contains("gap") { overrides.gap = s.gap }
            if given.contains("routes") { overrides.routes = s.routes }
            if given.contains("seed") {
                if !seeds.isEmpty { throw t.error("seed", "give the seeds in the top-level 'seeds' list, not both") }
                seeds = [s.seed]
            }
        }
        if seeds.isEmpty { seeds = [1] }
        try root.finish(known: rootKeys)
        return SweepManifest(file: file, name: name, counties: counties, scenarios: scenarios, seeds: seeds, solver: overrides)
    }

    /// The files a pattern names, sorted by path; a pattern without wildcards names one path,
    /// which must exist. Relative patterns are taken from `folder`.
    static func expand(_ pattern: Scenario.Keyed<String>, folder: String, root: TOMLTableReader, key: String) throws(InputError) -> [String] {
        let raw = pattern.value
        let full = raw.hasPrefix("/") || folder.isEmpty || folder == "." ? raw : "\(folder)/\(raw)"
        let normalized = ScenarioReader.normalize(full)
        if !raw.contains(where: { "*?[".contains($0) }) {
            guard FileManager.default.fileExists(atPath: normalized) else {
                throw root.context.error(key, "no such file or folder: \(raw) (relative to the manifest)")
            }
            return [normalized]
        }
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(normalized, 0, nil, &matches) == 0 else {
            throw root.context.error(key, "the pattern \(raw) matches no file (relative to the manifest)")
        }
        var paths: [String] = []
        for i in 0..<Int(matches.gl_pathc) {
            if let p = matches.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }
}
