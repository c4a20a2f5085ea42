import ColdRouteModel

/// The encoded polyline format (precision 5) that VROOM's route `geometry` uses (its `-g` output,
/// as OSRM returns it): each point as latitude then longitude, in units of 1e-5 degree, written
/// as the difference from the previous point; each signed difference is doubled (inverted when
/// negative), cut into 5-bit chunks from the lowest, each chunk but the last or'ed with 0x20, and
/// each written as the character of code chunk + 63.
///
/// Example: `[(38.5, -120.2), (40.7, -120.95), (43.252, -126.453)]` (lat, lon) encodes as
/// `_p~iF~ps|U_ulLnnqC_mqNvxq`@`, the format's published example.
enum EncodedPolyline {
    /// `points` of a lon/lat network (x = longitude, y = latitude), encoded.
    static func encode(_ points: [Coordinate]) -> String {
        var out = "", last = (lat: 0, lon: 0)
        for p in points {
            let lat = Int((p.y * 1e5).rounded()), lon = Int((p.x * 1e5).rounded())
            write(lat - last.lat, to: &out)
            write(lon - last.lon, to: &out)
            last = (lat, lon)
        }
        return out
    }

    private static func write(_ delta: Int, to out: inout String) {
        var value = delta < 0 ? ~(delta << 1) : delta << 1
        while value >= 0x20 {
            out.unicodeScalars.append(Unicode.Scalar(UInt8((0x20 | (value & 0x1F)) + 63)))
            value >>= 5
        }
        out.unicodeScalars.append(Unicode.Scalar(UInt8(value + 63)))
    }
}
