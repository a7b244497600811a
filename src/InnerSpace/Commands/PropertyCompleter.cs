using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>Tab completion of -Property from the known columns of the command's root.</summary>
public sealed class PropertyCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName,
        string parameterName,
        string wordToComplete,
        CommandAst commandAst,
        IDictionary fakeBoundParameters)
    {
        var root = RootCommands.RootOf(commandName);
        if (root is null)
        {
            return Enumerable.Empty<CompletionResult>();
        }

        return root.Columns
            .Where(column => column.PropertyName.StartsWith(wordToComplete,
                System.StringComparison.OrdinalIgnoreCase))
            .Select(column => new CompletionResult(column.PropertyName, column.PropertyName,
                CompletionResultType.ParameterValue, $"{column.ApiName} ({column.Kind})"));
    }
}
