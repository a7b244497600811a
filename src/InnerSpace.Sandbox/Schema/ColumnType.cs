namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// How a column's values are stored, compared and written. Cells hold <see cref="long"/> for
/// <see cref="Int"/>, <see cref="double"/> for <see cref="Float"/>, <see cref="string"/> for
/// <see cref="String"/> and a UTC <see cref="System.DateTime"/> for <see cref="Timestamp"/>.
/// </summary>
internal enum ColumnType
{
    Int,
    Float,
    String,
    Timestamp,
}
