using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace InnerSpace.Commands;

/// <summary>
/// Strips PowerShell's wrappers from GraphQL variables, so the client core sees plain
/// .NET values: a hashtable, a [PSCustomObject] and an array all become what their JSON
/// form should be.
/// </summary>
internal static class VariableNormalizer
{
    public static Dictionary<string, object?> Normalize(IDictionary? variables)
    {
        var result = new Dictionary<string, object?>();
        if (variables is null)
        {
            return result;
        }

        foreach (DictionaryEntry entry in variables)
        {
            var name = System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            result[name] = Normalize(entry.Value);
        }

        return result;
    }

    private static object? Normalize(object? value)
    {
        if (value is PSObject wrapped)
        {
            if (wrapped.BaseObject is PSCustomObject)
            {
                var fields = new Dictionary<string, object?>();
                foreach (var property in wrapped.Properties)
                {
                    fields[property.Name] = Normalize(property.Value);
                }

                return fields;
            }

            value = wrapped.BaseObject;
        }

        return value switch
        {
            IDictionary dictionary => Normalize(dictionary),
            string text => text,
            IEnumerable sequence => NormalizeAll(sequence),
            _ => value,
        };
    }

    private static List<object?> NormalizeAll(IEnumerable sequence)
    {
        var items = new List<object?>();
        foreach (var item in sequence)
        {
            items.Add(Normalize(item));
        }

        return items;
    }
}
