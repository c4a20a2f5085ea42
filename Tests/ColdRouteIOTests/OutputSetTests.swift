import ColdRouteIO
import Foundation
import Testing

/// Issue 11, part 5: an output folder always holds one complete set, the old or the new.
@Suite("Output sets")
struct OutputSetTests {
    /// Generation `g` of a test set: files a–e holding `g`; even generations also write `map.geojson`
    /// and a folder `north/` (so odd ones must remove them).
    static func set(_ g: Int, in directory: String) -> OutputSet {
        var set = OutputSet(directory: directory, knownNames: ["a.json", "b.csv", "c.md", "d.json", "e.json", "map.geojson"],
                            folderMarker: "plan.json")
        for name in ["a.json", "b.csv", "c.md", "d.json", "e.json"] { set.add(name, String(repeating: "\(g)\n", count: 2000)) }
        if g % 2 == 0 {
            set.add("map.geojson", "\(g)\n")
            set.add("north/plan.json", "\(g)\n")
        }
        return set
    }

    /// The generation the folder holds, or a description of how it is broken.
    static func generation(of directory: String) -> Result<Int, SetBroken> {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return .failure(SetBroken("no folder")) }
        var seen = Set<String>()
        for name in ["a.json", "b.csv", "c.md", "d.json", "e.json"] {
            guard let data = fm.contents(atPath: (directory as NSString).appendingPathComponent(name)) else {
                return .failure(SetBroken("\(name) missing, folder has \(names.sorted())"))
            }
            seen.insert(String(decoding: data, as: UTF8.self))
        }
        guard seen.count == 1, let text = seen.first, let g = Int(text.prefix { $0 != "\n" }) else {
            return .failure(SetBroken("mixed generations"))
        }
        let expected = Set(["a.json", "b.csv", "c.md", "d.json", "e.json"] + (g % 2 == 0 ? ["map.geojson", "north"] : []))
        guard Set(names.filter { $0 != "notes.txt" }) == expected else { return .failure(SetBroken("generation \(g) with \(names.sorted())")) }
        return .success(g)
    }

    struct SetBroken: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    @Test("a new set replaces the old whole, removes what it does not write, keeps the user's files")
    func replaces() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let dir = temp.file("out")
        try Self.set(0, in: dir).commit()
        #expect(try Self.generation(of: dir).get() == 0)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("notes.txt"))
        try Self.set(1, in: dir).commit()
        #expect(try Self.generation(of: dir).get() == 1)
        #expect(FileManager.default.contents(atPath: dir + "/notes.txt") == Data("mine".utf8))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: temp.path)
        #expect(siblings == ["out"], "leftovers: \(siblings)")
    }

    @Test("kept entries of the previous set are carried over")
    func keeps() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let dir = temp.file("out")
        try Self.set(0, in: dir).commit()
        var next = OutputSet(directory: dir, knownNames: ["a.json", "b.csv"], folderMarker: "plan.json")
        next.add("a.json", "new")
        next.keep("north")
        next.keep("absent")
        try next.commit()
        #expect(FileManager.default.contents(atPath: dir + "/north/plan.json") == Data("0\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: dir + "/b.csv"))
    }

    @Test("a failed write leaves the folder as it was, with a one-line message naming the path")
    func failure() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let dir = temp.file("out")
        try Self.set(0, in: dir).commit()
        var bad = Self.set(1, in: dir)
        bad.add(String(repeating: "x", count: 300), "too long a name")
        #expect {
            try bad.commit()
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix(dir + "/xxxx") && !text.contains("\n") && !text.contains("NSCocoaErrorDomain") && !text.contains("coldroute-stage")
        }
        #expect(try Self.generation(of: dir).get() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path) == ["out"])
        let file = temp.file("plain")
        try Data().write(to: URL(fileURLWithPath: file))
        #expect(throws: OutputSetError.self) { try Self.set(1, in: file).commit() }
    }

    /// A child process commits generation after generation into one folder and is killed
    /// (SIGKILL) at a random moment; the folder must then hold one whole generation.
    @Test("killed at random points, the folder holds one complete set", arguments: 0..<24)
    func killed(trial: Int) async throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let dir = temp.file("out")
        try Self.set(0, in: dir).commit()
        var rng = SystemRandomNumberGenerator()
        let delayMicroseconds = UInt32.random(in: 2_000...120_000, using: &rng)
        await #expect(processExitsWith: .signal(SIGKILL)) { [dir = dir as String, delayMicroseconds = delayMicroseconds as UInt32] in
            let killer = Thread {
                usleep(delayMicroseconds)
                kill(getpid(), SIGKILL)
            }
            killer.start()
            var g = 1
            while true {
                _ = try? OutputSetTests.set(g, in: dir).commit()
                g += 1
            }
        }
        let generation = Self.generation(of: dir)
        #expect(throws: Never.self, "trial \(trial), killed after \(delayMicroseconds) µs") { try generation.get() }
        // The next commit cleans up what the killed process left beside the folder.
        try Self.set(99, in: dir).commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path) == ["out"])
    }
}
