import Foundation

/// Numbers and dates in the language's conventions (its `_number.group`, `_number.decimal` and
/// `_date` settings). English has no thousands separator, so its numbers read as they always
/// have (`12345.6`); zh-CN groups by thousands with `,` (`12,345.6`) — not by 万, which county
/// statistics tables use only for large totals.
extension Catalog {
    /// `x` with `decimals` decimals (rounded as `%.Nf` does), grouped and with the decimal mark.
    public func number(_ x: Double, decimals: Int = 0) -> String {
        let plain = String(format: "%.\(decimals)f", x)
        let group = setting("_number.group") ?? "", mark = setting("_number.decimal") ?? "."
        if group.isEmpty && mark == "." { return plain }
        var integer = Substring(plain), fraction: Substring?
        if let dot = plain.firstIndex(of: ".") {
            integer = plain[..<dot]
            fraction = plain[plain.index(after: dot)...]
        }
        var sign = ""
        if integer.hasPrefix("-") { sign = "-"; integer = integer.dropFirst() }
        var grouped = ""
        for (i, digit) in integer.enumerated() {
            if i > 0, (integer.count - i) % 3 == 0 { grouped += group }
            grouped.append(digit)
        }
        return sign + grouped + (fraction.map { mark + $0 } ?? "")
    }

    /// A whole number, grouped.
    public func integer(_ n: Int) -> String { number(Double(n), decimals: 0) }

    /// A share as a percentage with one decimal (`42.5%`).
    public func percent(_ share: Double) -> String { number(share * 100, decimals: 1) + "%" }

    /// A calendar date, e.g. `2026-12-03` (en) or `2026年12月3日` (zh-CN).
    public func date(year: Int, month: Int, day: Int) -> String {
        let pattern = setting("_date") ?? "{year}-{MM}-{DD}"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return Self.fill(pattern, ["year": "\(year)", "month": "\(month)", "day": "\(day)", "MM": two(month), "DD": two(day)])
    }

    /// The calendar date of `date` in UTC.
    public func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return self.date(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }
}
