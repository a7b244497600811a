using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>
/// Reads the selected fields of one row from the JSON reader into typed values, in the
/// order of the selection. Field positions and names are set up once per run: names come
/// from a shared name table, so none is allocated per row. Timestamps without an offset
/// become instants through the row's building's time zone.
/// </summary>
internal sealed class RowValueReader
{
    private readonly ApiColumn?[] _columns;
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly Func<JsonReader, object?> _readUnknown;
    private readonly Func<int?, WallClockTime, DateTimeOffset> _resolveLocal;
    private readonly int _buildingPosition;

    /// <param name="root">The root the rows belong to.</param>
    /// <param name="selection">The API names of the selected fields.</param>
    /// <param name="readUnknown">Reads a field the root does not declare, as-is.</param>
    /// <param name="resolveLocal">Turns a local time of a building (id, if selected) into an instant.</param>
    public RowValueReader(
        ApiRoot root,
        IReadOnlyList<string> selection,
        Func<JsonReader, object?> readUnknown,
        Func<int?, WallClockTime, DateTimeOffset> resolveLocal)
    {
        Root = root;
        _readUnknown = readUnknown;
        _resolveLocal = resolveLocal;
        _columns = selection.Select(root.Find).ToArray();
        PropertyNames = selection.Select(name => root.Find(name)?.PropertyName ?? name).ToArray();

        var names = new DefaultJsonNameTable();
        for (var position = 0; position < selection.Count; position++)
        {
            var apiName = _columns[position]?.ApiName ?? selection[position];
            _positions[apiName] = position;
            names.Add(apiName);
        }

        NameTable = names;
        _buildingPosition = Array.FindIndex(_columns, column => column?.ApiName == "BUILDING_ID");
        IsTyped = root.IsFullSelection(selection);
    }

    public ApiRoot Root { get; }

    /// <summary>The output name of each selected field, in selection order.</summary>
    public IReadOnlyList<string> PropertyNames { get; }

    public JsonNameTable NameTable { get; }

    /// <summary>Whether the selection is every declared column, so rows can be typed objects.</summary>
    public bool IsTyped { get; }

    /// <summary>
    /// The row's values. The reader stands on the row's StartObject and is left on its
    /// EndObject. A value that does not fit its column raises <see cref="FormatException"/>.
    /// </summary>
    public object?[] Read(JsonReader reader)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            var shown = reader.TokenType;
            reader.Skip();
            throw new FormatException($"The API sent {shown} where a row object belongs.");
        }

        var values = new object?[_columns.Length];
        var hasLocalTime = false;
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = StrictJson.MemberName(reader);
            reader.Read();

            if (!_positions.TryGetValue(name, out var position))
            {
                reader.Skip();
                continue;
            }

            var column = _columns[position];
            var value = column is null ? _readUnknown(reader) : ColumnValueConverter.Read(reader, column);
            hasLocalTime |= value is WallClockTime;
            values[position] = value;
        }

        if (hasLocalTime)
        {
            ResolveLocalTimes(values);
        }

        return values;
    }

    /// <summary>A typed row object holding the values; only when <see cref="IsTyped"/>.</summary>
    public object CreateTyped(object?[] values)
    {
        var row = Root.CreateRow();
        for (var position = 0; position < _columns.Length; position++)
        {
            _columns[position]!.Assign!(row, values[position]);
        }

        return row;
    }

    private void ResolveLocalTimes(object?[] values)
    {
        var building = _buildingPosition >= 0 ? values[_buildingPosition] as int? : null;
        for (var position = 0; position < values.Length; position++)
        {
            if (values[position] is WallClockTime local)
            {
                values[position] = _resolveLocal(building, local);
            }
        }
    }
}
