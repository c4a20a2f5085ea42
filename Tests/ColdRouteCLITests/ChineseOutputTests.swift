import Foundation
import Testing

/// `--lang zh-CN` leaves no English in what people read: `plan` on networks whose villages are left
/// out for different reasons (shelf life with a closed site that could serve, full depots, a fleet
/// of count 0, a depot without vehicles), `evaluate` on a route sheet with many violations, and
/// `compare`; their text, summary.md, brief.md, report.html and driver sheets. A word of four or
/// more ASCII letters counts as English unless it is an id or a name from the network or the
/// scenarios, or a file or command name.
@Suite struct ChineseOutputTests {
    static let fileWords: Set<String> = ["plan", "json", "routes", "summary", "drivers", "vroom", "VROOM", "geojson", "docs",
                                         "exchange", "formats", "timings", "comparison", "brief", "report", "html", "coldroute", "compare"]

    /// Ids and names in the network file (user data, shown as written).
    static func names(in network: Any) -> Set<String> {
        var out = Set<String>()
        func walk(_ o: Any) {
            if let d = o as? [String: Any] {
                for (k, v) in d {
                    if ["id", "name", "homeDepot"].contains(k), let s = v as? String { out.formUnion(words(s)) }
                    walk(v)
                }
            } else if let a = o as? [Any] {
                a.forEach(walk)
            }
        }
        walk(network)
        return out
    }

    static func words(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 4 }
    }

    /// The text a person reads: HTML without its style, script and tags.
    static func readable(_ file: URL) throws -> String {
        var text = try String(contentsOf: file, encoding: .utf8)
        guard file.pathExtension == "html" else { return text }
        for pattern in ["<style[\\s\\S]*?</style>", "<script[\\s\\S]*?</script>", "<[^>]*>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func english(in text: String, allowed: Set<String>) -> [String] {
        Array(Set(words(text).filter { !allowed.contains($0) })).sorted()
    }

    /// Every .md and .html file under `folder`.
    static func documents(under folder: URL) -> [URL] {
        let all = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { ["md", "html"].contains($0.pathExtension) }
    }

    static func tinyVariant(_ change: (inout [String: Any]) -> Void) throws -> URL {
        let data = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("networks/tiny.json"))
        var network = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        change(&network)
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("network.json")
        try JSONSerialization.data(withJSONObject: network).write(to: file)
        return file
    }

    static func setEach(_ network: inout [String: Any], _ list: String, _ key: String, _ value: Any) {
        network[list] = (network[list] as? [[String: Any]] ?? []).map { var x = $0; x[key] = value; return x }
    }

    @Test func planLeavesNoEnglishWhateverTheReason() throws {
        let variants: [(name: String, file: URL, expect: String)] = [
            ("tiny", CLIRunner.repository.appendingPathComponent("networks/tiny.json"), "未启用的候选点 D2 South candidate 可以收运"),
            ("full", try Self.tinyVariant { Self.setEach(&$0, "depots", "capacityKgPerDay", 300) }, "已满"),
            ("one truck", try Self.tinyVariant { Self.setEach(&$0, "vehicleTypes", "count", 1) }, "该冷库没有驻扎或分配车辆"),
        ]
        for variant in variants {
            let data = try Data(contentsOf: variant.file)
            let allowed = Self.fileWords.union(Self.names(in: try JSONSerialization.jsonObject(with: data)))
            let out = try CLIRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: out) }
            let plan = try CLIRunner.run(["plan", variant.file.path, "--quiet", "--seed", "1", "--route-iterations", "50",
                                          "--lang", "zh-CN", "--out", out.path])
            #expect(plan.status == 0, "\(variant.name): \(plan.stderr)")
            #expect(plan.stdout.contains(variant.expect), "\(variant.name): \(plan.stdout)")
            #expect(Self.english(in: plan.stdout, allowed: allowed).isEmpty,
                    "\(variant.name) plan text: \(Self.english(in: plan.stdout, allowed: allowed))")
            let documents = Self.documents(under: out)
            #expect(documents.contains { $0.lastPathComponent == "summary.md" })
            for file in documents {
                let left = Self.english(in: try Self.readable(file), allowed: allowed)
                #expect(left.isEmpty, "\(variant.name) \(file.lastPathComponent): \(left)")
            }
        }
    }

    @Test func evaluateWordsEveryViolationInChinese() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--seed", "1", "--route-iterations", "50",
                                      "--out", folder.appendingPathComponent("plan").path])
        #expect(plan.status == 0, "\(plan.stderr)")
        // Break the first route: arrive at its first village too early, overload at the second, return too early.
        var rows = try String(contentsOf: folder.appendingPathComponent("plan/routes.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let column = { (name: String) in header.firstIndex(of: name)! }
        rows[2][column("arrival")] = "05:41"; rows[2][column("departure")] = "05:41"
        rows[3][column("load_kg")] = "1400"; rows[3][column("kilograms")] = "1000"; rows[3][column("kg_berry")] = "1000"
        rows[4][column("arrival")] = "06:20"
        let sheet = folder.appendingPathComponent("broken.csv")
        try (rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n").write(to: sheet, atomically: true, encoding: .utf8)

        let english = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", sheet.path])
        let chinese = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", sheet.path, "--lang", "zh-CN"])
        #expect(english.status == 4 && chinese.status == 4)
        #expect(english.stdout.contains("shelf life: 200 kg of berry from V2 (stop 1) arrives"), "\(english.stdout)")
        #expect(chinese.stdout.contains("保鲜期：V2（第 1 个停靠点）的 200 公斤 berry"), "\(chinese.stdout)")
        let lines = chinese.stdout.split(separator: "\n").filter { $0.hasPrefix("  \(sheet.path)") }
        #expect(lines.count >= 6, "\(chinese.stdout)")
        let data = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("networks/tiny.json"))
        var allowed = Self.fileWords.union(Self.names(in: try JSONSerialization.jsonObject(with: data)))
        allowed.formUnion(Self.words(sheet.path))
        #expect(Self.english(in: chinese.stdout, allowed: allowed).isEmpty, "\(Self.english(in: chinese.stdout, allowed: allowed))")
    }

    @Test func compareLeavesNoEnglish() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CLIRunner.repository.appendingPathComponent("networks/tiny.json").path
        try "base = \"\(base)\"\nname = \"status-quo\"\ndescription = \"existing store only\"\n[depots]\nmaxNew = 0\n[solver]\nrouteTime = 0.3\n"
            .write(to: folder.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "base = \"\(base)\"\nname = \"east-store\"\n[depots]\nopen = [\"D1\"]\n[solver]\nrouteTime = 0.3\n"
            .write(to: folder.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let compare = try CLIRunner.run(["compare", folder.appendingPathComponent("a.toml").path, folder.appendingPathComponent("b.toml").path,
                                         "--quiet", "--seed", "3", "--lang", "zh-CN", "--out", out.path])
        #expect(compare.status == 0, "\(compare.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: base))
        let allowed = Self.fileWords.union(Self.names(in: try JSONSerialization.jsonObject(with: data)))
            .union(["status", "east", "store", "existing", "only"])  // the scenarios' names and description
        #expect(Self.english(in: compare.stdout, allowed: allowed).isEmpty, "\(Self.english(in: compare.stdout, allowed: allowed))")
        let documents = Self.documents(under: out)
        #expect(documents.contains { $0.lastPathComponent == "report.html" } && documents.contains { $0.lastPathComponent == "brief.md" })
        for file in documents {
            let left = Self.english(in: try Self.readable(file), allowed: allowed)
            #expect(left.isEmpty, "\(file.path): \(left)")
        }
    }
}
