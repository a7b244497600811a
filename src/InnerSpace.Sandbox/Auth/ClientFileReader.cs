using System.Text.Json;
using InnerSpace.Sandbox.Hosting;

namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// Reads <c>--clients</c>: a JSON array of <c>{"clientId","clientSecret","buildings":[...]}</c>.
/// Problems name the entry and the member, never a secret.
/// </summary>
internal static class ClientFileReader
{
    private const int MaxFileBytes = 1024 * 1024;

    private static readonly string[] Members = ["clientId", "clientSecret", "buildings"];

    /// <param name="reservedId">The demo client's id, which a file entry may not reuse.</param>
    /// <exception cref="SandboxOptionsException">The file is missing or malformed.</exception>
    public static List<ClientAccount> Read(string path, string reservedId)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            bytes = info.Exists && info.Length <= MaxFileBytes
                ? File.ReadAllBytes(path)
                : throw Problem($"'{path}' is not a readable file of at most 1 MiB");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Problem($"cannot read '{path}': {exception.GetType().Name}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return ReadArray(document.RootElement, reservedId);
        }
        catch (JsonException)
        {
            throw Problem("the file is not valid JSON");
        }
    }

    private static List<ClientAccount> ReadArray(JsonElement root, string reservedId)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw Problem("the file must hold a JSON array of clients");
        }

        var accounts = new List<ClientAccount>();
        var ids = new HashSet<string>(StringComparer.Ordinal) { reservedId };
        foreach (var (item, index) in root.EnumerateArray().Select((item, i) => (item, i + 1)))
        {
            var account = ReadEntry(item, $"entry {index}");
            if (!ids.Add(account.ClientId))
            {
                throw Problem($"entry {index}: clientId is already taken (by another entry "
                    + "or by --client-id)");
            }

            accounts.Add(account);
        }

        return accounts;
    }

    private static ClientAccount ReadEntry(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Problem($"{where}: must be a JSON object");
        }

        var unknown = item.EnumerateObject().FirstOrDefault(m => !Members.Contains(m.Name));
        if (unknown.Value.ValueKind != JsonValueKind.Undefined)
        {
            throw Problem($"{where}: unknown member '{unknown.Name}'");
        }

        return new ClientAccount(
            ReadText(item, "clientId", where),
            ReadText(item, "clientSecret", where),
            ReadBuildings(item, where));
    }

    private static string ReadText(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Problem($"{where}: {name} must be a non-empty string");
        }

        return value.GetString()!;
    }

    private static List<long> ReadBuildings(JsonElement item, string where)
    {
        const string Expected = "buildings must be an array of building ids, e.g. [71, 72]";
        if (!item.TryGetProperty("buildings", out var value)
            || value.ValueKind != JsonValueKind.Array)
        {
            throw Problem($"{where}: {Expected}");
        }

        var ids = new List<long>();
        foreach (var id in value.EnumerateArray())
        {
            if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var number))
            {
                throw Problem($"{where}: {Expected}");
            }

            ids.Add(number);
        }

        return ids.Distinct().ToList();
    }

    private static SandboxOptionsException Problem(string message)
    {
        return new SandboxOptionsException("--clients: " + message);
    }
}
