import Foundation
import Testing

/// `coldroute sweep` end to end without a scheduler: run, task (index from --index and the
/// scheduler variables, skip, --force), status and its resubmit commands, collect, k8s.
@Suite(.serialized) struct SweepCommandTests {
    /// A province of two tiny counties (b lacks the product berry-peak scales) × baseline and
    /// berry-peak × seeds 1 and 2: 8 tasks, 2 of which fail.
    static func province() throws -> URL {
        let f = try CLIRunner.temporaryDirectory()
        for sub in ["counties", "scenarios"] {
            try FileManager.default.createDirectory(at: f.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let tiny = try String(contentsOf: CLIRunner.repository.appendingPathComponent("networks/tiny.json"), encoding: .utf8)
        try tiny.write(to: f.appendingPathComponent("counties/a.json"), atomically: true, encoding: .utf8)
        try tiny.replacingOccurrences(of: "\"berry\"", with: "\"cherry\"")
            .write(to: f.appendingPathComponent("counties/b.json"), atomically: true, encoding: .utf8)
        try "name = \"berry-peak\"\n[supply.multiplier]\nberry = 1.5\n"
            .write(to: f.appendingPathComponent("scenarios/peak.toml"), atomically: true, encoding: .utf8)
        try """
            counties = ["counties/*.json"]
            scenarios = ["scenarios/*.toml"]
            baseline = true
            seeds = [1, 2]
            [solver]
            routeIterations = 30
            timeLimit = 600
            """.write(to: f.appendingPathComponent("province.toml"), atomically: true, encoding: .utf8)
        return f
    }

    /// Runs coldroute in `folder` with extra environment variables.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> CLIRunner.Output {
        let p = Process()
        p.executableURL = CLIRunner.executable
        p.arguments = arguments
        p.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for name in ["SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_JOB_ID", "JOB_COMPLETION_INDEX"] { env.removeValue(forKey: name) }
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func record(_ folder: URL, _ index: Int) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("out/tasks/\(index).json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The record without what changes from run to run (execution, timings), as canonical JSON.
    static func comparable(_ folder: URL, _ index: Int) throws -> Data {
        var r = try record(folder, index)
        r["execution"] = nil
        if var result = r["result"] as? [String: Any] {
            result["timings"] = nil
            r["result"] = result
        }
        return try JSONSerialization.data(withJSONObject: r, options: [.sortedKeys])
    }

    @Test func runStatusTaskAndCollect() throws {
        let f = try Self.province()
        let run = try Self.run(["sweep", "run", "province.toml", "--out", "out", "--jobs", "2"], in: f)
        #expect(run.status == 8, "two tasks fail: \(run.stderr)")
        #expect(run.stdout.contains("6 done, 2 failed, 0 missing of 8 tasks"))
        let csv = try String(contentsOf: f.appendingPathComponent("out/sweep.csv"), encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 9)
        #expect(csv[5].hasPrefix("4,b,baseline,1,done,optimal,"))
        #expect(csv[7].hasPrefix("6,b,berry-peak,1,failed,") && csv[7].contains("unknown product 'berry'"))
        for name in ["sweep.json", "brief.md", "report.html", "logs/6.err", "sweep-tasks.json"] {
            #expect(FileManager.default.fileExists(atPath: f.appendingPathComponent("out/\(name)").path), "\(name)")
        }
        let failure = try #require(try Self.record(f, 6)["failure"] as? [String: Any])
        #expect(failure["exitCode"] as? Int == 1)

        // Status: failed 6-7, nothing missing; after removing a record, 3 is missing too.
        try FileManager.default.removeItem(at: f.appendingPathComponent("out/tasks/3.json"))
        let status = try Self.run(["sweep", "status", "out"], in: f)
        #expect(status.status == 8)
        #expect(status.stdout.contains("done:    5\t0-2,4-5") && status.stdout.contains("failed:  2\t6-7")
                && status.stdout.contains("missing: 1\t3"))
        #expect(status.stdout.contains("coldroute sweep run \(f.standardizedFileURL.path)/province.toml --out \(f.standardizedFileURL.path)/out"))

        // The index from each scheduler's variable (both 0-based); a done task is skipped unless --force.
        let before = try Self.comparable(f, 1)
        let slurm = try Self.run(["sweep", "task", "province.toml", "--out", "out"], in: f,
                                 environment: ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_JOB_ID": "77"])
        #expect(slurm.status == 0, "\(slurm.stderr)")
        #expect((try Self.record(f, 3)["execution"] as? [String: Any])?["scheduler"] as? String == "slurm 77_3")
        let skipped = try Self.run(["sweep", "task", "province.toml", "--out", "out"], in: f, environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(skipped.status == 0 && skipped.stderr.contains("already done; skipped"))
        let forced = try Self.run(["sweep", "task", "province.toml", "--out", "out", "--force"], in: f,
                                  environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(forced.status == 0 && !forced.stderr.contains("skipped"))
        #expect(try Self.comparable(f, 1) == before, "a clock-free task gives the same record however it runs")
        #expect((try Self.record(f, 1)["execution"] as? [String: Any])?["scheduler"] as? String == "kubernetes \(ProcessInfo.processInfo.environment["HOSTNAME"] ?? "")")

        let failedAgain = try Self.run(["sweep", "task", "province.toml", "--out", "out", "--index", "7"], in: f)
        #expect(failedAgain.status == 1 && failedAgain.stderr.contains("task 7 failed: county b:"))

        let collect = try Self.run(["sweep", "collect", "out"], in: f)
        #expect(collect.status == 0 && collect.stdout.contains("collected 8 tasks: 6 done, 2 failed, 0 missing"))
    }

    @Test func badIndexAndManifestErrors() throws {
        let f = try Self.province()
        let none = try Self.run(["sweep", "task", "province.toml", "--out", "out"], in: f)
        #expect(none.status == 64 && none.stderr.contains("no task index"))
        let range = try Self.run(["sweep", "task", "province.toml", "--out", "out", "--index", "8"], in: f)
        #expect(range.status == 64 && range.stderr.contains("out of range: the sweep has 8 tasks (0-7)"))
        let garbled = try Self.run(["sweep", "task", "province.toml", "--out", "out"], in: f, environment: ["SLURM_ARRAY_TASK_ID": "x"])
        #expect(garbled.status == 64 && garbled.stderr.contains("SLURM_ARRAY_TASK_ID is 'x'"))
        try "counties = [\"counties/*.json\"]\nscenarios = [\"nowhere/*.toml\"]\n"
            .write(to: f.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["sweep", "run", "bad.toml", "--out", "out"], in: f)
        #expect(bad.status == 1 && bad.stderr.contains("bad.toml: scenarios (line 2): the pattern nowhere/*.toml matches no file"))
        let notSweep = try Self.run(["sweep", "status", "counties"], in: f)
        #expect(notSweep.status == 1 && notSweep.stderr.contains("sweep-tasks.json: no such file"))
    }

    @Test func slurmAndKubernetesFilesWithoutSubmitting() throws {
        let f = try Self.province()
        let slurm = try Self.run(["sweep", "slurm", "province.toml", "--out", "out", "--max-running", "3", "--time", "00:05:00"], in: f)
        #expect(slurm.status == 0, "\(slurm.stderr)")
        let script = try String(contentsOf: f.appendingPathComponent("out/sweep.sbatch"), encoding: .utf8)
        let out = f.standardizedFileURL.path + "/out"
        #expect(script.contains("#SBATCH --array=0-7%3") && script.contains("#SBATCH --time=00:05:00")
                && script.contains("sweep task \(f.standardizedFileURL.path)/province.toml --out \(out)"))
        #expect(try String(contentsOf: f.appendingPathComponent("out/collect.sbatch"), encoding: .utf8).contains("sweep collect \(out)"))
        // status now offers the sbatch line for the missing indices.
        let status = try Self.run(["sweep", "status", "out"], in: f)
        #expect(status.status == 8 && status.stdout.contains("sbatch --array=0-7 \(out)/sweep.sbatch"))

        let k8s = try Self.run(["sweep", "k8s", "province.toml", "--out", "out", "--image", "coldroute:test", "--parallelism", "4"], in: f)
        #expect(k8s.status == 0, "\(k8s.stderr)")
        let job = try String(contentsOf: f.appendingPathComponent("out/k8s/sweep-job.yaml"), encoding: .utf8)
        #expect(job.contains("completionMode: Indexed") && job.contains("completions: 8") && job.contains("parallelism: 4"))
        #expect(FileManager.default.fileExists(atPath: f.appendingPathComponent("out/k8s/collect-job.yaml").path))
    }
}
