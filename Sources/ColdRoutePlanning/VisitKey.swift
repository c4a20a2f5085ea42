import ColdRouteModel

/// A village–depot pair by their typed ids: the key stages join on (ids are free text, so a pair
/// is never spelled into one string, where `"a@b" + "c"` and `"a" + "b@c"` would meet).
struct VisitKey: Hashable, Sendable {
    var village: Village.ID
    var depot: Depot.ID
}
