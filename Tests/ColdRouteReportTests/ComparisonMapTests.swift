import ColdRouteModel
import ColdRouteReport
import Foundation
import Testing

/// The map draws every village, depot and agency, and projects lon/lat with cos(lat) scaling.
@Suite struct ComparisonMapTests {
    @Test func drawsEveryPlace() throws {
        let outcome = try #require(try ComparisonFixtures.outcomes().first)
        let svg = SVGMap.render(network: outcome.network, siting: outcome.siting, pickup: outcome.pickup)
        let villages = svg.components(separatedBy: "<g class=\"villages\"")[1].components(separatedBy: "</g>")[0]
        #expect(villages.components(separatedBy: "<circle").count - 1 == outcome.network.villages.count)
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == outcome.network.depots.count)
        #expect(svg.contains(SVGMap.Palette.uncovered))   // V4 is out of reach
        #expect(svg.hasSuffix("</svg>"))
    }
}
