namespace InnerSpace.Sandbox.GraphQL;

/// <summary>The shape of an <see cref="InputValue"/>.</summary>
internal enum InputKind
{
    Null,
    Int,
    Float,
    String,
    Boolean,
    Enum,
    List,
    Object,
}
