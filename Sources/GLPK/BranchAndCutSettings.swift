import CGLPK

/// GLPK's cutting-plane families (`glp_iocp.mir_cuts`, `gmi_cuts`, `cov_cuts`, `clq_cuts`).
///
/// All are off by default, as in GLPK. They are generated at the nodes of the search tree
/// (Gomory cuts only at the root), so they raise bounds at the price of larger node LPs.
public struct CutFamilies: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Mixed-integer rounding cuts (Marchand & Wolsey 2001), including flow-cover-like cuts on
    /// variable-upper-bound structures.
    public static let mixedIntegerRounding = CutFamilies(rawValue: 1 << 0)
    /// Gomory mixed-integer cuts from the optimal root tableau.
    public static let gomory = CutFamilies(rawValue: 1 << 1)
    /// Mixed cover cuts on knapsack rows.
    public static let cover = CutFamilies(rawValue: 1 << 2)
    /// Clique cuts from the conflict graph of binary variables.
    public static let clique = CutFamilies(rawValue: 1 << 3)

    public static let all: CutFamilies = [.mixedIntegerRounding, .gomory, .cover, .clique]
}

/// How GLPK picks the branching variable (`glp_iocp.br_tech`).
public enum BranchingRule: Sendable, Hashable, CaseIterable {
    case firstFractional        // GLP_BR_FFV
    case lastFractional         // GLP_BR_LFV
    case mostFractional         // GLP_BR_MFV
    /// Driebeck–Tomlin heuristic (GLPK's default).
    case driebeckTomlin         // GLP_BR_DTH
    /// Hybrid pseudo-cost branching.
    case pseudoCost             // GLP_BR_PCH

    var glpk: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .pseudoCost: GLP_BR_PCH
        }
    }
}

/// Which active node GLPK solves next (`glp_iocp.bt_tech`).
public enum BacktrackingRule: Sendable, Hashable, CaseIterable {
    case depthFirst             // GLP_BT_DFS
    case breadthFirst           // GLP_BT_BFS
    /// Best local bound (GLPK's default): raises the global bound fastest.
    case bestBound              // GLP_BT_BLB
    /// Best projection heuristic.
    case bestProjection         // GLP_BT_BPH

    var glpk: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}

/// GLPK's node preprocessing (bound tightening) in branch-and-cut (`glp_iocp.pp_tech`).
public enum NodePreprocessing: Sendable, Hashable, CaseIterable {
    case none                   // GLP_PP_NONE
    case rootOnly               // GLP_PP_ROOT
    /// At every node (GLPK's default).
    case allNodes               // GLP_PP_ALL

    var glpk: Int32 {
        switch self {
        case .none: GLP_PP_NONE
        case .rootOnly: GLP_PP_ROOT
        case .allNodes: GLP_PP_ALL
        }
    }
}

/// GLPK's primal heuristics beyond simple rounding (`glp_iocp.fp_heur`, `ps_heur`); off by default.
public struct PrimalHeuristics: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The feasibility pump (Fischetti, Glover & Lodi 2005), run at the root.
    public static let feasibilityPump = PrimalHeuristics(rawValue: 1 << 0)
    /// Proximity search (Fischetti & Monaci 2014), run at the root for at most
    /// ``SolveOptions/proximitySearchTimeLimit``.
    public static let proximitySearch = PrimalHeuristics(rawValue: 1 << 1)
}
