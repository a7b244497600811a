using System.Collections.Concurrent;
using InnerSpace.Client;

namespace InnerSpace.Tests.Infrastructure;

/// <summary>A log with every stream on, keeping each line for the test to inspect.</summary>
public sealed class RecordingLog : IInnerSpaceLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public bool IsVerboseEnabled => true;

    public bool IsDebugEnabled => true;

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public string AllText => string.Join("\n", _lines);

    public void Verbose(string message) => _lines.Enqueue("VERBOSE: " + message);

    public void Debug(string message) => _lines.Enqueue("DEBUG: " + message);

    public void Warning(string message) => _lines.Enqueue("WARNING: " + message);
}
