namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Seeded noise that depends only on its keys, not on call order, so any day can be generated
/// alone and still match the same day generated inside a year-long query.
/// </summary>
internal static class DeterministicNoise
{
    /// <summary>A value in [0, 1) fixed by the seed and three keys.</summary>
    public static double Unit(int seed, long a, long b, long c)
    {
        unchecked
        {
            var hash = Mix((ulong)seed);
            hash = Mix(hash ^ (ulong)a);
            hash = Mix(hash ^ (ulong)b);
            hash = Mix(hash ^ (ulong)c);
            return (hash >> 11) * (1.0 / (1UL << 53));
        }
    }

    // SplitMix64's finaliser: cheap, and every input bit reaches every output bit.
    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
