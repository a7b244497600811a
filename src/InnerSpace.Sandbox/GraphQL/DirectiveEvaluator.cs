using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>Applies the executable directives every GraphQL server has: @skip, @include.</summary>
internal static class DirectiveEvaluator
{
    public static bool IsIncluded(
        GraphQLDirectives? directives,
        IReadOnlyDictionary<string, BoundVariable> variables,
        string path)
    {
        var included = true;
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            var directivePath = $"{path}.directives.{name}";
            var condition = name switch
            {
                "skip" => !ReadCondition(directive, variables, directivePath),
                "include" => ReadCondition(directive, variables, directivePath),
                _ => throw GraphQLErrorException.Validation(directivePath,
                    $"directive '{name}' is not defined in the schema"),
            };
            included &= condition;
        }

        return included;
    }

    private static bool ReadCondition(
        GraphQLDirective directive,
        IReadOnlyDictionary<string, BoundVariable> variables,
        string path)
    {
        InputValue? condition = null;
        foreach (var argument in directive.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (name != "if" || condition is not null)
            {
                throw GraphQLErrorException.Validation($"{path}.args.{name}",
                    $"unexpected argument '{name}' on directive '{directive.Name.StringValue}'");
            }

            condition = LiteralReader.Read(argument.Value, variables, $"{path}.args.if");
        }

        if (condition is null)
        {
            throw GraphQLErrorException.Validation(path,
                $"directive '{directive.Name.StringValue}' needs its 'if' argument");
        }

        InputChecker.Expect(condition, TypeRef.Named("Boolean").AsNonNull(), $"{path}.args.if");
        return condition.BooleanValue;
    }
}
