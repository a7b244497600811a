using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>
/// Builds one output value straight from the JSON reader, so that a row becomes an object
/// without an intermediate tree.
/// </summary>
internal interface IRowFactory<out T>
{
    /// <summary>
    /// Names the reader should hand out as shared strings instead of allocating each time;
    /// null when the factory has none.
    /// </summary>
    JsonNameTable? PropertyNames { get; }

    /// <summary>
    /// Reads one value. The reader stands on the value's first token (an object's
    /// StartObject, or a scalar) and must be left on its last token.
    /// </summary>
    T Create(JsonReader reader);
}
