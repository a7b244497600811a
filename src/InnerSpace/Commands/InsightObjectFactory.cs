using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using InnerSpace.Client;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Commands;

/// <summary>
/// Builds the typed, flat output objects of an insight root: PowerShell-style property
/// names, typed values, declared columns first in their declared order, so Export-Csv
/// writes the same header every time.
/// </summary>
internal sealed class InsightObjectFactory
{
    private readonly IReadOnlyList<InsightColumn> _columns;
    private readonly Dictionary<string, InsightColumn> _columnsByApiName;
    private readonly string _typeName;

    public InsightObjectFactory(IReadOnlyList<InsightColumn> columns, string typeName)
    {
        _columns = columns;
        _columnsByApiName = columns.ToDictionary(column => column.ApiName, StringComparer.Ordinal);
        _typeName = typeName;
    }

    /// <summary>
    /// The object for one row. A value that does not fit its column raises
    /// <see cref="FormatException"/>.
    /// </summary>
    public PSObject Create(JToken row)
    {
        var result = new PSObject();
        result.TypeNames.Insert(0, _typeName);

        if (row is not JObject fields)
        {
            throw new FormatException($"The API sent a {row.Type} where a row object belongs.");
        }

        foreach (var column in _columns)
        {
            if (fields.TryGetValue(column.ApiName, out var value))
            {
                var typed = ColumnValueConverter.Convert(value, column);
                result.Properties.Add(new PSNoteProperty(column.PropertyName, typed));
            }
        }

        // Columns the module does not know yet still reach the user, under the API's name.
        foreach (var field in fields.Properties())
        {
            if (!_columnsByApiName.ContainsKey(field.Name))
            {
                result.Properties.Add(new PSNoteProperty(field.Name, JsonToPSObject.Convert(field.Value)));
            }
        }

        return result;
    }
}
