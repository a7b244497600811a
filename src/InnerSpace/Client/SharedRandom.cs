using System;

namespace InnerSpace.Client;

/// <summary>A thread-safe source of jitter; System.Random is not safe to share.</summary>
internal static class SharedRandom
{
    private static readonly object Gate = new();
    private static readonly Random Source = new();

    public static double NextDouble()
    {
        lock (Gate)
        {
            return Source.NextDouble();
        }
    }
}
