using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// One selected field: its API name, and its column when the module knows it. Fields it
/// does not know keep the API's name and the JSON value's own type.
/// </summary>
internal sealed class OutputField
{
    public OutputField(string apiName, ApiColumn? column)
    {
        ApiName = column?.ApiName ?? apiName;
        Column = column;
        PropertyName = column?.PropertyName ?? apiName;
    }

    public string ApiName { get; }

    public ApiColumn? Column { get; }

    public string PropertyName { get; }

    public override string ToString() => $"{ApiName} -> {PropertyName}";
}
