using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Execution;

/// <summary>
/// One member of each output row: the response key (the alias, or the field name) and the
/// column it reads. A null column means <c>__typename</c>.
/// </summary>
internal sealed record OutputColumn(string ResponseKey, ColumnDefinition? Column);
