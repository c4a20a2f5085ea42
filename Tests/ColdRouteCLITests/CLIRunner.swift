import Foundation

/// Runs the built `coldroute` executable and captures what it prints.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `coldroute` binary next to the test bundle (SwiftPM builds it for this test target).
    static var executable: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for directory in candidates {
            let url = directory.appendingPathComponent("coldroute")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/coldroute")
    }

    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A `coldroute` run in the background, to signal while it works. Output goes to files, so
    /// nothing blocks on a full pipe.
    final class Running {
        let process = Process()
        private let outURL: URL, errURL: URL

        init(_ arguments: [String]) throws {
            let folder = try CLIRunner.temporaryDirectory()
            outURL = folder.appendingPathComponent("stdout")
            errURL = folder.appendingPathComponent("stderr")
            FileManager.default.createFile(atPath: outURL.path, contents: nil)
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = CLIRunner.repository
            process.standardOutput = try FileHandle(forWritingTo: outURL)
            process.standardError = try FileHandle(forWritingTo: errURL)
            try process.run()
        }

        /// Sends SIGINT, as Ctrl-C does.
        func interrupt() { process.interrupt() }

        /// What the run has written to standard error so far.
        var standardErrorSoFar: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

        /// Waits until standard error contains `text`, the run ends or `timeout` passes; returns
        /// whether the text came.
        func waitForStandardError(containing text: String, timeout: Duration) -> Bool {
            let clock = ContinuousClock(), end = clock.now + timeout
            while clock.now < end, process.isRunning {
                if standardErrorSoFar.contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return standardErrorSoFar.contains(text)
        }

        /// Sends SIGTERM, as a job scheduler or `kill` does.
        func terminate() { process.terminate() }

        /// Waits up to `timeout` for the run to end; kills it (SIGKILL) and returns `nil` if it has not.
        func wait(atMost timeout: Duration) -> Output? {
            let clock = ContinuousClock(), end = clock.now + timeout
            while process.isRunning, clock.now < end { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                _ = wait()
                return nil
            }
            return wait()
        }

        func wait() -> Output {
            process.waitUntilExit()
            let output = Output(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
            try? FileManager.default.removeItem(at: outURL.deletingLastPathComponent())
            return output
        }
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coldroute-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
