import Foundation
import Testing

/// `coldroute sweep slurm --submit` on a real Slurm cluster (`.ci/slurm-local up`, which `make
/// test` runs first). Skipped, with the reason printed, when no cluster answers: `make test`
/// sets COLDROUTE_SLURM=0 and COLDROUTE_SLURM_REASON when the cluster could not start; run
/// directly (`swift test`), the tests ask `sinfo`.
@Suite(.serialized) struct SweepSlurmTests {
    /// Why Slurm cannot be used here, or `nil` when a node answers.
    static let unavailable: String? = {
        let env = ProcessInfo.processInfo.environment
        if env["COLDROUTE_SLURM"] == "0" {
            return "the local Slurm cluster did not start: \(env["COLDROUTE_SLURM_REASON"] ?? "see .ci/slurm-local up")"
        }
        guard let out = try? shell(["sinfo", "-h", "-o", "%T"]), out.status == 0 else {
            return "sinfo failed or is missing (no Slurm cluster; `.ci/slurm-local up` starts one)"
        }
        guard out.stdout.contains("idle") || out.stdout.contains("mix") || out.stdout.contains("alloc") else {
            return "sinfo shows no usable node: \(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
        return nil
    }()

    static func available() -> Bool {
        if let reason = unavailable {
            FileHandle.standardError.write(Data("SweepSlurmTests skipped: \(reason)\n".utf8))
            return false
        }
        return true
    }

    static func shell(_ arguments: [String]) throws -> CLIRunner.Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Waits until Slurm no longer lists `job` (finished and gone from the queue).
    static func waitUntilGone(_ job: String, timeout: Duration = .seconds(1200)) throws {
        let clock = ContinuousClock(), end = clock.now + timeout
        while clock.now < end {
            let q = try shell(["squeue", "-h", "-j", job, "-o", "%i %T"])
            if q.status != 0 || q.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            Thread.sleep(forTimeInterval: 1)
        }
        Issue.record("Slurm job \(job) still queued or running after \(timeout)")
    }

    static func jobIDs(_ stdout: String) -> (array: String, collect: String)? {
        var array: String?, collect: String?
        for line in stdout.split(separator: "\n") {
            if line.hasPrefix("array-job: ") { array = String(line.dropFirst(11)) }
            if line.hasPrefix("collect-job: ") { collect = String(line.dropFirst(13)) }
        }
        guard let array, let collect else { return nil }
        return (array, collect)
    }

    @Test(.enabled("needs a Slurm cluster (.ci/slurm-local up)") { available() })
    func slurmResultsEqualLocalResults() throws {
        let f = try SweepCommandTests.province()   // 8 tasks, 2 fail by design
        let submit = try SweepCommandTests.run(
            ["sweep", "slurm", "province.toml", "--out", "out", "--max-running", "2", "--time", "00:20:00", "--submit"], in: f)
        #expect(submit.status == 0, "\(submit.stderr)")
        let ids = try #require(Self.jobIDs(submit.stdout), "no job ids in: \(submit.stdout)")
        try Self.waitUntilGone(ids.collect)
        let csv = f.appendingPathComponent("out/sweep.csv")
        #expect(FileManager.default.fileExists(atPath: csv.path), "the collector job wrote no sweep.csv: \(String(describing: try? String(contentsOf: f.appendingPathComponent("out/logs/collect.err"), encoding: .utf8)))")
        let scheduler = try #require(try SweepCommandTests.record(f, 0)["execution"] as? [String: Any])["scheduler"] as? String
        #expect(scheduler == "slurm \(ids.array)_0")

        // The same manifest locally, into another folder.
        try FileManager.default.createDirectory(at: f.appendingPathComponent("local"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: f.appendingPathComponent("out"), to: f.appendingPathComponent("slurm"))
        let local = try SweepCommandTests.run(["sweep", "run", "province.toml", "--out", "out", "--jobs", "2"], in: f)
        #expect(local.status == 8, "\(local.stderr)")
        for index in 0..<8 {
            let viaLocal = try SweepCommandTests.comparable(f, index)
            try FileManager.default.moveItem(at: f.appendingPathComponent("out"), to: f.appendingPathComponent("local/out"))
            try FileManager.default.moveItem(at: f.appendingPathComponent("slurm"), to: f.appendingPathComponent("out"))
            let viaSlurm = try SweepCommandTests.comparable(f, index)
            try FileManager.default.moveItem(at: f.appendingPathComponent("out"), to: f.appendingPathComponent("slurm"))
            try FileManager.default.moveItem(at: f.appendingPathComponent("local/out"), to: f.appendingPathComponent("out"))
            #expect(viaLocal == viaSlurm, "task \(index) differs between Slurm and sweep run")
        }
        #expect(try String(contentsOf: f.appendingPathComponent("slurm/sweep.csv"), encoding: .utf8)
                == String(contentsOf: f.appendingPathComponent("out/sweep.csv"), encoding: .utf8))
    }

    @Test(.enabled("needs a Slurm cluster (.ci/slurm-local up)") { available() })
    func scancelMidTaskLeavesNoRecordAndStatusResubmitsIt() throws {
        let f = try SweepCommandTests.province()
        // One long task: a big iteration budget keeps it running until it is cancelled.
        try """
            counties = ["counties/a.json"]
            baseline = true
            [solver]
            routeIterations = 50000000
            timeLimit = 3000
            """.write(to: f.appendingPathComponent("long.toml"), atomically: true, encoding: .utf8)
        let submit = try SweepCommandTests.run(["sweep", "slurm", "long.toml", "--out", "out", "--submit"], in: f)
        let ids = try #require(Self.jobIDs(submit.stdout), "\(submit.stderr)")
        // Wait until the task has started planning (its log says so), then cancel the array.
        let log = f.appendingPathComponent("out/logs/0.err")
        let clock = ContinuousClock(), end = clock.now + .seconds(300)
        while clock.now < end, !((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("task 0:") {
            Thread.sleep(forTimeInterval: 0.5)
        }
        Thread.sleep(forTimeInterval: 1)
        #expect(try Self.shell(["scancel", ids.array]).status == 0)
        try Self.waitUntilGone(ids.array)
        try Self.waitUntilGone(ids.collect)
        let tasks = try FileManager.default.contentsOfDirectory(atPath: f.appendingPathComponent("out/tasks").path)
        #expect(tasks.isEmpty, "a cancelled task left \(tasks)")
        let status = try SweepCommandTests.run(["sweep", "status", "out"], in: f)
        #expect(status.status == 8 && status.stdout.contains("missing: 1\t0"))
        #expect(status.stdout.contains("sbatch --array=0 "))
    }
}
