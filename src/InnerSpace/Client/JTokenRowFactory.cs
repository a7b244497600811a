using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Client;

/// <summary>Reads each value as a JSON tree, for callers that want the raw shape.</summary>
internal sealed class JTokenRowFactory : IRowFactory<JToken>
{
    public static readonly JTokenRowFactory Instance = new();

    public JsonNameTable? PropertyNames => null;

    public JToken Create(JsonReader reader) => JToken.ReadFrom(reader);
}
