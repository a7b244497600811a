using System.Globalization;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// Reads <c>--name value</c> (or <c>--name=value</c>) options. Anything unknown, repeated or
/// malformed is refused with a message that names the option but never echoes a secret.
/// </summary>
internal static class SandboxOptionsParser
{
    public const string Usage = """
        Usage: InnerSpace.Sandbox [options]

        A local stand-in for the InnerSpace v2 API, listening on loopback only.

        Options:
          --urls <urls>            Loopback http address(es), ';'-separated.
                                   Default http://127.0.0.1:5080; port 0 picks a free port.
          --client-id <id>         Client id the token endpoint accepts. Default demo-client-id.
          --client-secret <secret> Client secret it accepts. Default demo-client-secret.
          --session-ttl <seconds>  Session lifetime from issue, fixed. Default 3600.
          --seed <int>             Seed of the generated data. Default 71.
          --help                   Show this text.
        """;

    private const int MaxSessionTtlSeconds = 366 * 24 * 3600;

    private static readonly string[] Known =
        ["urls", "client-id", "client-secret", "session-ttl", "seed"];

    public static SandboxOptions Parse(IReadOnlyList<string> args, string defaultUrls)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var showHelp = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                showHelp = true;
                continue;
            }

            var (name, value) = Split(arg, args, ref i);
            if (!values.TryAdd(name, value))
            {
                throw new SandboxOptionsException($"--{name} is given more than once");
            }
        }

        return new SandboxOptions(
            LoopbackUrls.Parse(values.GetValueOrDefault("urls", defaultUrls)),
            ReadText(values, "client-id", SandboxOptions.DefaultClientId),
            ReadText(values, "client-secret", SandboxOptions.DefaultClientSecret),
            TimeSpan.FromSeconds(ReadInt(values, "session-ttl",
                SandboxOptions.DefaultSessionTtlSeconds, 1, MaxSessionTtlSeconds)),
            ReadInt(values, "seed", SandboxOptions.DefaultSeed, int.MinValue, int.MaxValue),
            showHelp);
    }

    private static (string Name, string Value) Split(
        string arg,
        IReadOnlyList<string> args,
        ref int i)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            throw new SandboxOptionsException(
                $"unexpected argument at position {i + 1}; options look like --name value");
        }

        var equals = arg.IndexOf('=');
        var name = equals < 0 ? arg[2..] : arg[2..equals];
        if (!Known.Contains(name))
        {
            throw new SandboxOptionsException(
                $"unknown option --{name}; known options: --{string.Join(", --", Known)}, --help");
        }

        if (equals >= 0)
        {
            return (name, arg[(equals + 1)..]);
        }

        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new SandboxOptionsException($"--{name} needs a value");
        }

        i++;
        return (name, args[i]);
    }

    private static string ReadText(Dictionary<string, string> values, string name, string fallback)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return fallback;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SandboxOptionsException($"--{name} must not be empty");
        }

        return value;
    }

    private static int ReadInt(
        Dictionary<string, string> values,
        string name,
        int fallback,
        int min,
        int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
            out var value) || value < min || value > max)
        {
            throw new SandboxOptionsException(
                $"--{name} must be a whole number from {min} to {max}");
        }

        return value;
    }
}
