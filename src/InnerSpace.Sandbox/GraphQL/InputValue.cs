namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// An argument value after variables are substituted, whether it was written in the query or
/// sent in the <c>variables</c> object. Planning code reads only this form, so a literal and a
/// variable carrying the same value behave alike.
/// </summary>
internal sealed record InputValue
{
    private InputValue(InputKind kind)
    {
        Kind = kind;
    }

    public InputKind Kind { get; }

    public long IntValue { get; private init; }

    public double FloatValue { get; private init; }

    /// <summary>The text of a string, or the name of an enum value.</summary>
    public string Text { get; private init; } = "";

    public bool BooleanValue { get; private init; }

    public IReadOnlyList<InputValue> Items { get; private init; } = [];

    public IReadOnlyList<KeyValuePair<string, InputValue>> Fields { get; private init; } = [];

    /// <summary>
    /// True when the value came from the JSON <c>variables</c> object, where enum values can
    /// only be written as strings.
    /// </summary>
    public bool FromJson { get; init; }

    /// <summary>Set when the value stands for a variable, so its type can be checked.</summary>
    public BoundVariable? Variable { get; init; }

    public static InputValue Null(bool fromJson = false)
    {
        return new InputValue(InputKind.Null) { FromJson = fromJson };
    }

    public static InputValue Int(long value, bool fromJson = false)
    {
        return new InputValue(InputKind.Int) { IntValue = value, FromJson = fromJson };
    }

    public static InputValue Float(double value, bool fromJson = false)
    {
        return new InputValue(InputKind.Float) { FloatValue = value, FromJson = fromJson };
    }

    public static InputValue String(string value, bool fromJson = false)
    {
        return new InputValue(InputKind.String) { Text = value, FromJson = fromJson };
    }

    public static InputValue Boolean(bool value, bool fromJson = false)
    {
        return new InputValue(InputKind.Boolean) { BooleanValue = value, FromJson = fromJson };
    }

    public static InputValue Enum(string name)
    {
        return new InputValue(InputKind.Enum) { Text = name };
    }

    public static InputValue List(IReadOnlyList<InputValue> items, bool fromJson = false)
    {
        return new InputValue(InputKind.List) { Items = items, FromJson = fromJson };
    }

    public static InputValue Object(
        IReadOnlyList<KeyValuePair<string, InputValue>> fields,
        bool fromJson = false)
    {
        return new InputValue(InputKind.Object) { Fields = fields, FromJson = fromJson };
    }

    /// <summary>Names the kind for error messages, e.g. "found a string".</summary>
    public string Describe()
    {
        return Kind switch
        {
            InputKind.Null => "null",
            InputKind.Int => "an integer",
            InputKind.Float => "a float",
            InputKind.String => "a string",
            InputKind.Boolean => "a boolean",
            InputKind.Enum => $"the enum value {Text}",
            InputKind.List => "a list",
            _ => "an object",
        };
    }
}
