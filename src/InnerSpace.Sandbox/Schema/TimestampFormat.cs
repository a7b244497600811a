namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// How DATE_TIME_START is written (<c>--timestamp-format</c>). The real format is undocumented;
/// UTC follows the v1 precedent and is the default.
/// </summary>
internal enum TimestampFormat
{
    /// <summary><c>2025-05-01T05:00:00.000Z</c></summary>
    Utc,

    /// <summary><c>2025-05-01T00:00:00.000-05:00</c>: building-local with its offset.</summary>
    Offset,

    /// <summary><c>2025-05-01T00:00:00.000</c>: building-local, no offset.</summary>
    Local,
}
