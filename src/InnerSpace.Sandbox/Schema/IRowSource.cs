using InnerSpace.Sandbox.Filtering;

namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// Produces the rows of one root lazily. The constraints are a superset hint taken from the
/// query's filter: a source may skip rows they rule out, and must not skip any other. The full
/// filter is applied to whatever it yields.
/// </summary>
internal interface IRowSource
{
    IEnumerable<object?[]> GetRows(RowConstraints constraints);
}
