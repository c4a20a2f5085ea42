import ColdRouteModel
import Foundation

/// Reads pickup routes for `coldroute evaluate`: a CSV route sheet or a VROOM solution JSON.
///
/// The format is told by the extension (`.csv`; `.json`), or else by the content (a file whose
/// first non-blank character is `{` is JSON). Errors are ``InputError``s naming the file and the
/// line (CSV) or JSON path; every problem found is listed (up to ``InputError/problemLimit``).
public enum RouteSheetReader {
    public static func read(path: String, network: CountyNetwork) throws(InputError) -> RouteSheet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, message: "no such file")
        }
        guard !isFolder.boolValue else {
            throw InputError(file: path, message: "a folder: give a route sheet (.csv) or a VROOM solution (.json)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the file")
        }
        return try read(bytes: [UInt8](data), file: path, network: network)
    }

    /// Reads routes from the bytes of a file named `file` (the name decides the format first).
    public static func read(bytes: [UInt8], file: String, network: CountyNetwork) throws(InputError) -> RouteSheet {
        let lower = file.lowercased()
        let looksJSON = bytes.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            .first == UInt8(ascii: "{")
        if lower.hasSuffix(".json") || (!lower.hasSuffix(".csv") && looksJSON) {
            return try VroomSolutionReader.read(bytes: bytes, file: file, network: network)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw InputError(file: file, message: "not UTF-8 text (in a spreadsheet, save as \"CSV UTF-8\")")
        }
        return try RouteSheetCSVReader.read(text: text, file: file, network: network)
    }

    /// Minutes from `HH:MM`, `HH:MM:SS` or a plain number of minutes since midnight.
    static func timeOfDay(_ text: String) -> Minutes? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 { return Double(text).flatMap { FieldLimits.minutes.contains($0) ? Minutes($0) : nil } }
        guard parts.count == 2 || parts.count == 3, let h = Int(parts[0]), h >= 0, h < 48,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let m = Int(parts[1]), m >= 0, m < 60 else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, s >= 0, s < 60 else { return nil }
        return Minutes(Double(h * 60 + m) + Double(s) / 60)
    }
}
