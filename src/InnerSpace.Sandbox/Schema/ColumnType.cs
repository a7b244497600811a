namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// How a column's values are stored, compared and written. Cells hold <see cref="long"/> for
/// <see cref="Int"/>, <see cref="double"/> for <see cref="Float"/>, <see cref="string"/> for
/// <see cref="String"/> and a <see cref="DateTimeOffset"/> in the building's offset for
/// <see cref="Timestamp"/>.
/// </summary>
internal enum ColumnType
{
    Int,
    Float,
    String,
    Timestamp,
}
