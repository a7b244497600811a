using System.Globalization;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// The raw <c>--name value</c> pairs of one command line, read into typed values. Messages
/// name the option and the expected form, never the value, which may be a secret.
/// </summary>
internal sealed class OptionValues(Dictionary<string, string> values)
{
    public bool Has(string name)
    {
        return values.ContainsKey(name);
    }

    public string Text(string name, string fallback)
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

    /// <summary>A calendar date written yyyy-MM-dd, between 2000 and 2100.</summary>
    public DateOnly Date(string name, DateOnly fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var value) || value.Year < 2000 || value.Year > 2100)
        {
            throw new SandboxOptionsException(
                $"--{name} must be a date written yyyy-MM-dd, from 2000 to 2100");
        }

        return value;
    }

    /// <summary>One of a fixed set of words, matched exactly.</summary>
    public T Choice<T>(string name, T fallback, IReadOnlyDictionary<string, T> choices)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!choices.TryGetValue(text, out var value))
        {
            throw new SandboxOptionsException(
                $"--{name} must be one of: {string.Join(", ", choices.Keys)}");
        }

        return value;
    }

    public int Int(string name, int fallback, int min, int max)
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
