using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using InnerSpace.Client;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Commands;

/// <summary>
/// Builds the typed, flat output objects of an insight root: PowerShell-style property
/// names, typed values, and exactly the selected properties in a fixed order, so
/// Export-Csv writes the same header for every row of a run.
/// </summary>
internal sealed class InsightObjectFactory
{
    private readonly string _typeName;
    private readonly OutputField[] _fields;

    public InsightObjectFactory(InsightRoot root, IReadOnlyList<string> selection)
    {
        _typeName = root.OutputTypeName;
        _fields = selection.Select(name => new OutputField(name, root.Find(name))).ToArray();
    }

    /// <summary>
    /// The object for one row. A value that does not fit its column raises
    /// <see cref="FormatException"/>.
    /// </summary>
    public PSObject Create(JToken row)
    {
        if (row is not JObject values)
        {
            throw new FormatException($"The API sent a {row.Type} where a row object belongs.");
        }

        var result = new PSObject();
        result.TypeNames.Insert(0, _typeName);

        foreach (var field in _fields)
        {
            var value = values[field.ApiName];
            var typed = field.Column is null
                ? JsonToPSObject.Convert(value)
                : ColumnValueConverter.Convert(value, field.Column);
            result.Properties.Add(new PSNoteProperty(field.PropertyName, typed));
        }

        return result;
    }
}
