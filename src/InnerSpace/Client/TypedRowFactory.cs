using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>
/// Reads every declared column of a root into its row class, for the module's own
/// look-ups (the directory, time zones, completion) where no PowerShell type is wanted.
/// Timestamps without an offset are taken as UTC here.
/// </summary>
internal sealed class TypedRowFactory : IRowFactory<object>
{
    private readonly RowValueReader _values;

    public TypedRowFactory(ApiRoot root)
    {
        _values = new RowValueReader(root, root.Selection(null), reader => null,
            (building, local) => new System.DateTimeOffset(local.Value, System.TimeSpan.Zero));
    }

    public JsonNameTable? PropertyNames => _values.NameTable;

    public object Create(JsonReader reader) => _values.CreateTyped(_values.Read(reader));
}
