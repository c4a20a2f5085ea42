import ColdRouteModel
import Foundation

/// Reads a network in format v1 (see `docs/network-format.md`): a `.json` file, a folder of CSV
/// files, or an Excel workbook (`.xlsx`) with one sheet per CSV table.
///
/// Every reader validates what it read (``CountyNetwork/validate()``) and throws ``InputError``
/// naming the file and the place of the first problem, with up to ``InputError/problemLimit``
/// problems listed in all. Warnings come back with ``load(path:)``.
public enum NetworkReader {
    /// Reads and validates a network: a folder is read as CSV tables, a `.xlsx` file as a workbook,
    /// anything else as a JSON file.
    public static func read(path: String) throws(InputError) -> CountyNetwork {
        try load(path: path).network
    }

    /// Like ``read(path:)``, also returning validation warnings.
    public static func load(path: String) throws(InputError) -> LoadedNetwork {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, message: "no such file or folder")
        }
        if isFolder.boolValue { return try loadCSV(folder: path) }
        if path.lowercased().hasSuffix(".csv") {
            throw InputError(file: path, message: "a network is a .json file, an .xlsx workbook or a folder of CSV files; give the folder")
        }
        if path.lowercased().hasSuffix(".xlsx") { return try loadWorkbook(path: path) }
        return try loadJSON(path: path)
    }

    /// Reads a JSON network file. Its default name (when the file has no `name`) is the file name
    /// without extension.
    public static func loadJSON(path: String) throws(InputError) -> LoadedNetwork {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: path, message: exists ? "cannot read the file" : "no such file")
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try NetworkJSONReader.read(bytes: [UInt8](data), file: path, defaultName: stem)
    }

    /// Reads a network from JSON text; `file` names it in messages.
    public static func loadJSON(text: String, file: String = "<input>") throws(InputError) -> LoadedNetwork {
        try NetworkJSONReader.read(bytes: Array(text.utf8), file: file, defaultName: file)
    }

    /// Reads an Excel workbook: one sheet per table of the CSV folder, same columns
    /// (``NetworkWorkbookReader``). Its default name is the file name without extension.
    public static func loadWorkbook(path: String) throws(InputError) -> LoadedNetwork {
        try NetworkWorkbookReader.read(path: path)
    }

    /// Reads a folder of CSV files: `network.csv`, `products.csv`, `villages.csv`, `supply.csv`,
    /// `depots.csv`, `agencies.csv`, `vehicle_types.csv`, and optionally `junctions.csv` and `roads.csv`.
    public static func loadCSV(folder: String) throws(InputError) -> LoadedNetwork {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(file: folder, message: "no such folder")
        }
        return try NetworkCSVReader.read(folder: folder)
    }
}
