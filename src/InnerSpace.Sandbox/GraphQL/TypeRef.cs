using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>A GraphQL type reference such as <c>[Int!]!</c>, for checking variable usage.</summary>
internal sealed class TypeRef
{
    private TypeRef(string? name, TypeRef? item, bool nonNull)
    {
        Name = name;
        Item = item;
        NonNull = nonNull;
    }

    /// <summary>Set for a named type, null for a list.</summary>
    public string? Name { get; }

    /// <summary>Set for a list type: the type of its items.</summary>
    public TypeRef? Item { get; }

    public bool NonNull { get; }

    public bool IsList => Item is not null;

    /// <summary>The named type under all list and non-null wrappers.</summary>
    public string NamedType => Name ?? Item!.NamedType;

    public static TypeRef Named(string name)
    {
        return new TypeRef(name, null, nonNull: false);
    }

    public static TypeRef ListOf(TypeRef item)
    {
        return new TypeRef(null, item, nonNull: false);
    }

    public static TypeRef FromAst(GraphQLType type)
    {
        return type switch
        {
            GraphQLNonNullType nonNull => FromAst(nonNull.Type).AsNonNull(),
            GraphQLListType list => ListOf(FromAst(list.Type)),
            GraphQLNamedType named => Named(named.Name.StringValue),
            _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
        };
    }

    /// <summary>The spec's AreTypesCompatible: may a variable of one type fill the other.</summary>
    public static bool IsCompatible(TypeRef variable, TypeRef location)
    {
        if (location.NonNull)
        {
            return variable.NonNull && IsCompatible(variable.AsNullable(), location.AsNullable());
        }

        if (variable.NonNull)
        {
            return IsCompatible(variable.AsNullable(), location);
        }

        if (location.IsList || variable.IsList)
        {
            return location.IsList && variable.IsList
                && IsCompatible(variable.Item!, location.Item!);
        }

        return variable.Name == location.Name;
    }

    public TypeRef AsNonNull()
    {
        return NonNull ? this : new TypeRef(Name, Item, nonNull: true);
    }

    public TypeRef AsNullable()
    {
        return NonNull ? new TypeRef(Name, Item, nonNull: false) : this;
    }

    public override string ToString()
    {
        var core = IsList ? $"[{Item}]" : Name!;
        return NonNull ? core + "!" : core;
    }
}
