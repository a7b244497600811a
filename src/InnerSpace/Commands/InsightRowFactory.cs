using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using InnerSpace.Client;
using Newtonsoft.Json;

namespace InnerSpace.Commands;

/// <summary>
/// Builds the typed, flat output objects of an insight root straight from the JSON
/// reader: PowerShell-style property names, typed values, and exactly the selected
/// properties in a fixed order, so Export-Csv writes the same header for every row.
/// With every known column selected, rows are the root's own class (fast to build and to
/// read); with any other selection, PSObjects holding just those properties.
/// Field names are looked up once per run, not once per row.
/// </summary>
internal sealed class InsightRowFactory : IRowFactory<object>
{
    private readonly ApiRoot _root;
    private readonly bool _typed;
    private readonly string _typeName;
    private readonly OutputField[] _fields;
    private readonly Dictionary<string, int> _positions;

    public InsightRowFactory(ApiRoot root, IReadOnlyList<string> selection)
    {
        _root = root;
        _typed = root.IsFullSelection(selection);
        _typeName = root.OutputTypeName;
        _fields = selection.Select(name => new OutputField(name, root.Find(name))).ToArray();
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);

        var names = new DefaultJsonNameTable();
        for (var position = 0; position < _fields.Length; position++)
        {
            _positions[_fields[position].ApiName] = position;
            names.Add(_fields[position].ApiName);
        }

        PropertyNames = names;
    }

    public JsonNameTable? PropertyNames { get; }

    /// <summary>
    /// The object for one row. A value that does not fit its column raises
    /// <see cref="FormatException"/>.
    /// </summary>
    public object Create(JsonReader reader)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            var shown = reader.TokenType;
            reader.Skip();
            throw new FormatException($"The API sent {shown} where a row object belongs.");
        }

        var values = new object?[_fields.Length];
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = StrictJson.MemberName(reader);
            reader.Read();

            if (!_positions.TryGetValue(name, out var position))
            {
                reader.Skip();
                continue;
            }

            var column = _fields[position].Column;
            values[position] = column is null
                ? JsonToPSObject.Read(reader)
                : ColumnValueConverter.Read(reader, column);
        }

        return _typed ? TypedRow(values) : SelectedRow(values);
    }

    private object TypedRow(object?[] values)
    {
        var row = _root.CreateRow();
        for (var position = 0; position < _fields.Length; position++)
        {
            _fields[position].Column!.Assign!(row, values[position]);
        }

        return row;
    }

    private PSObject SelectedRow(object?[] values)
    {
        var row = new PSObject();
        row.TypeNames.Insert(0, _typeName);
        for (var position = 0; position < _fields.Length; position++)
        {
            row.Properties.Add(new PSNoteProperty(_fields[position].PropertyName, values[position]));
        }

        return row;
    }
}
