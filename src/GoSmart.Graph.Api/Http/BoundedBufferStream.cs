using System.Buffers;

namespace GoSmart.Graph.Api.Http;

/// <summary>
/// A write-only stream into pooled 64 KiB segments that refuses to grow past a bound: an answer is
/// serialized into it, so its size is known (Content-Length) and checked before a byte is sent, and no
/// string or contiguous array of the whole answer is ever made.
/// </summary>
internal sealed class BoundedBufferStream(long maxBytes) : Stream
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<byte[]> _segments = [];
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > maxBytes)
        {
            throw new TooLargeException();
        }

        while (!buffer.IsEmpty)
        {
            var offset = (int)(_length % SegmentSize);
            if (offset == 0 && _segments.Count * (long)SegmentSize == _length)
            {
                _segments.Add(ArrayPool<byte>.Shared.Rent(SegmentSize));
            }

            var n = Math.Min(buffer.Length, SegmentSize - offset);
            buffer[..n].CopyTo(_segments[^1].AsSpan(offset));
            buffer = buffer[n..];
            _length += n;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Empties the buffer, e.g. to write an error in place of an answer that was too large.</summary>
    public void Clear()
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
        _length = 0;
    }

    /// <summary>Writes what was buffered to <paramref name="destination"/>.</summary>
    public async Task SendAsync(Stream destination, CancellationToken cancellationToken)
    {
        var left = _length;
        foreach (var segment in _segments)
        {
            var n = (int)Math.Min(left, SegmentSize);
            await destination.WriteAsync(segment.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            left -= n;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Clear();
        base.Dispose(disposing);
    }

    /// <summary>The answer would pass the bound.</summary>
    internal sealed class TooLargeException : Exception;
}
