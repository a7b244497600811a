using System.Management.Automation;
using InnerSpace.Client;
using Newtonsoft.Json;

namespace InnerSpace.Commands;

/// <summary>
/// Builds the output objects of a root straight from the JSON reader, with exactly the
/// selected properties in a fixed order, so Export-Csv writes the same header for every
/// row. With every declared column selected, rows are the root's own class (fast to build
/// and to read); with any other selection, PSObjects holding just those properties.
/// </summary>
internal sealed class InsightRowFactory : IRowFactory<object>
{
    private readonly RowValueReader _values;

    public InsightRowFactory(RowValueReader values)
    {
        _values = values;
    }

    public JsonNameTable? PropertyNames => _values.NameTable;

    /// <summary>
    /// The object for one row. A value that does not fit its column raises
    /// <see cref="System.FormatException"/>.
    /// </summary>
    public object Create(JsonReader reader)
    {
        var values = _values.Read(reader);
        return _values.IsTyped ? _values.CreateTyped(values) : SelectedRow(values);
    }

    private PSObject SelectedRow(object?[] values)
    {
        // Named as Select-Object names its output, so the root's table view, which expects
        // every column, does not show the missing ones as blanks.
        var row = new PSObject();
        row.TypeNames.Insert(0, "Selected." + _values.Root.OutputTypeName);

        var names = _values.PropertyNames;
        for (var position = 0; position < values.Length; position++)
        {
            row.Properties.Add(new PSNoteProperty(names[position], values[position]));
        }

        return row;
    }
}
