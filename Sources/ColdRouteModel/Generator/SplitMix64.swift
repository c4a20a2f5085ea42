/// A small, fast, seedable pseudo-random number generator: SplitMix64.
///
/// Every seed gives the same stream on every platform, so anything drawn from it (a generated
/// network, a fuzz case) can be reproduced from the seed alone. It is *not* cryptographically secure.
///
/// The algorithm is Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014 (the `mix64variant13` finaliser, as in Java's `SplittableRandom`): a Weyl sequence
/// with increment `0x9E3779B97F4A7C15`, each state scrambled by two xor-shift-multiply rounds.
/// Complexity: O(1) per number; 8 bytes of state.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// A generator whose stream is determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
