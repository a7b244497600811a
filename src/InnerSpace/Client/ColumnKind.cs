namespace InnerSpace.Client;

/// <summary>How a column's JSON value becomes a typed .NET value.</summary>
public enum ColumnKind
{
    /// <summary>A 32-bit id or count.</summary>
    Int32,

    /// <summary>An id that may outgrow 32 bits, such as a site id.</summary>
    Int64,

    /// <summary>A measured value.</summary>
    Double,

    /// <summary>Text, kept as the server sent it.</summary>
    Text,

    /// <summary>An ISO 8601 timestamp, read as a <see cref="System.DateTimeOffset"/>.</summary>
    Instant,

    /// <summary>A day written as the number YYYYMMDD, read as a date.</summary>
    PartitionDate,
}
