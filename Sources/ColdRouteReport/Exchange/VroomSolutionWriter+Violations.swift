import ColdRouteModel

extension VroomSolutionWriter {
    /// VROOM's `violations` of a step, a route or the whole solution (`docs/API.md`, "Violation"):
    /// objects `{"cause": …, "duration": …}`, where `duration` is given for the timing causes only.
    ///
    /// A job step reports `lead_time` when loading starts before the village's earliest pickup
    /// (`duration` = seconds early), `delay` when it starts after the pickup window's end
    /// (`duration` = seconds late), and `load` when the load after it exceeds the vehicle type's
    /// capacity (rounded to the kilogram, as `load` is written). A route's list merges its steps'
    /// (durations summed per cause), the summary's merges the routes', as VROOM does. A plan
    /// that passes the checker has none, so every array is empty — like VROOM's own output when
    /// it optimises rather than plans custom routes (`-c`).
    struct Violations {
        /// Causes in first-seen order, with the summed duration (nil: a cause without one).
        private(set) var causes: [(cause: String, duration: Int?)] = []

        mutating func add(_ cause: String, duration: Int? = nil) {
            if let k = causes.firstIndex(where: { $0.cause == cause }) {
                if let d = duration { causes[k].duration = (causes[k].duration ?? 0) + d }
            } else {
                causes.append((cause, duration))
            }
        }

        mutating func add(_ other: Violations) {
            for c in other.causes { add(c.cause, duration: c.duration) }
        }

        /// A job step's violations: service start (seconds since midnight) against the window
        /// `[earliest, latest]`, and the load after the step against the capacity.
        static func of(serviceStart: Int, window: (earliest: Int, latest: Int), load: Kilograms, capacity: Kilograms?) -> Violations {
            var v = Violations()
            if serviceStart < window.earliest { v.add("lead_time", duration: window.earliest - serviceStart) }
            if serviceStart > window.latest { v.add("delay", duration: serviceStart - window.latest) }
            if let capacity, load.value.rounded() > capacity.value.rounded() { v.add("load") }
            return v
        }

        var json: JSONText {
            .array(causes.map { c in
                var members: [(String, JSONText)] = [("cause", .string(c.cause))]
                if let d = c.duration { members.append(("duration", .integer(d))) }
                return .object(members)
            })
        }
    }
}
