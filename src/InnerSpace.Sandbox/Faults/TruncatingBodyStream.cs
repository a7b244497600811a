namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// Stands in for the response body while a truncate fault runs the real handler: it keeps
/// the first bytes in memory and, once it holds <see cref="Limit"/> bytes, fails the next
/// write so a large query stops generating rows nobody will receive.
/// </summary>
internal sealed class TruncatingBodyStream : Stream
{
    public const int Limit = 64 * 1024;

    private readonly MemoryStream _kept = new();

    /// <summary>True once the handler wrote more than the stream keeps.</summary>
    public bool LimitReached { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _kept.Length;

    public override long Position
    {
        get => _kept.Length;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Where to cut: half of a complete small body, so the cut lands inside the rows, or all
    /// that was kept of a body too large to hold.
    /// </summary>
    public ReadOnlyMemory<byte> Prefix()
    {
        var bytes = _kept.GetBuffer().AsMemory(0, (int)_kept.Length);
        return LimitReached ? bytes : bytes[..(bytes.Length / 2)];
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Write(buffer.AsSpan(offset, count));
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = Limit - (int)_kept.Length;
        _kept.Write(buffer[..Math.Min(room, buffer.Length)]);
        if (buffer.Length > room)
        {
            LimitReached = true;
            throw new IOException("the response is being truncated by a sandbox fault");
        }
    }

    public override ValueTask WriteAsync(
        ReadOnlyMemory<byte> buffer,
        CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(
        byte[] buffer,
        int offset,
        int count,
        CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        throw new NotSupportedException();
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        throw new NotSupportedException();
    }

    public override void SetLength(long value)
    {
        throw new NotSupportedException();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _kept.Dispose();
        }

        base.Dispose(disposing);
    }
}
