using System.Buffers;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Counts open connections in all and per client, in Kestrel's connection pipeline (before any HTTP is
/// parsed), and answers one past a limit with a short HTTP 503 and <c>Connection: close</c> where the
/// client speaks plain HTTP/1 (else it just closes). Kestrel's own <c>MaxConcurrentConnections</c>,
/// a little higher, closes silently what even the refusals would not fit.
/// </summary>
public sealed class ConnectionLimiter
{
    /// <summary>Connections over the limit that may be in the middle of being refused.</summary>
    public const int RefusalHeadroom = 256;

    /// <summary>Refusals that may wait for the request's first bytes at once; past it (a flood of connects) they are closed at once.</summary>
    private const int PatientRefusals = RefusalHeadroom / 2;

    private static readonly TimeSpan RefusalTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly ClientAddressOptions _clients;
    private readonly ILogger<ConnectionLimiter> _logger;
    private int _total;
    private int _refusing;
    private long _refused;
    private long _lastWarning;

    public ConnectionLimiter(IOptions<ConnectionLimitsOptions> options, IOptions<ClientAddressOptions> clients, ILogger<ConnectionLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clients);
        var o = options.Value;
        _clients = clients.Value;
        _logger = logger;
        var fds = FileDescriptorLimit.Current();
        MaxConnections = FileDescriptorLimit.Bound(o.MaxConnections, fds, o.FileDescriptorReserve + RefusalHeadroom);
        MaxConnectionsPerClient = Math.Max(1, Math.Min(o.MaxConnectionsPerClient, MaxConnections));
        if (MaxConnections < o.MaxConnections)
        {
            logger.LogWarning("Limits:Connections:MaxConnections {Configured} lowered to {Bound}: the process may open {Limit} files, and {Reserve} stay free for the store and logs",
                o.MaxConnections, MaxConnections, fds, o.FileDescriptorReserve + RefusalHeadroom);
        }
    }

    public int MaxConnections { get; }

    public int MaxConnectionsPerClient { get; }

    /// <summary>Kestrel's own limit, which closes without an answer: ours plus the refusals in progress.</summary>
    public long KestrelLimit => MaxConnections + RefusalHeadroom;

    public ConnectionDelegate Wrap(ConnectionDelegate next) => connection => HandleAsync(connection, next);

    private async Task HandleAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        var client = ClientPartition.Of((connection.RemoteEndPoint as IPEndPoint)?.Address, _clients);
        var refusal = TryOpen(client);
        if (refusal is not null)
        {
            await RefuseAsync(connection, client, refusal).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            Close(client);
        }
    }

    private string? TryOpen(string client)
    {
        lock (_lock)
        {
            if (_total >= MaxConnections)
            {
                return $"The service has {MaxConnections} connections open, its limit; try again shortly.";
            }

            _perClient.TryGetValue(client, out var open);
            if (open >= MaxConnectionsPerClient)
            {
                return $"This client has {MaxConnectionsPerClient} connections open, the limit per client; reuse them (keep-alive) or close idle ones.";
            }

            _perClient[client] = open + 1;
            _total++;
            return null;
        }
    }

    private void Close(string client)
    {
        lock (_lock)
        {
            _total--;
            var open = _perClient[client] - 1;
            if (open == 0)
            {
                _perClient.Remove(client);
            }
            else
            {
                _perClient[client] = open;
            }
        }
    }

    private async Task RefuseAsync(ConnectionContext connection, string client, string reason)
    {
        WarnNowAndThen(client, reason);
        if (Interlocked.Increment(ref _refusing) > PatientRefusals)
        {
            // So many at once that waiting for each would reach Kestrel's own limit (and a log line per connection).
            Interlocked.Decrement(ref _refusing);
            return;
        }

        using var timeout = new CancellationTokenSource(RefusalTime);
        try
        {
            // Wait for the request's first bytes: closing a socket with unread data resets it and the
            // client would lose the answer; TLS (0x16) and HTTP/2 ("PRI ") cannot read plain HTTP/1.
            var read = await connection.Transport.Input.ReadAsync(timeout.Token).ConfigureAwait(false);
            var speaksHttp1 = !read.Buffer.IsEmpty && read.Buffer.FirstSpan[0] is >= (byte)'A' and <= (byte)'Z'
                && !read.Buffer.Slice(0, Math.Min(4, read.Buffer.Length)).ToArray().AsSpan().SequenceEqual("PRI "u8);
            connection.Transport.Input.AdvanceTo(read.Buffer.End);
            if (speaksHttp1)
            {
                await connection.Transport.Output.WriteAsync(Answer(reason), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The client sent nothing within the second, or went away: it is closed without an answer.
        }
        catch (IOException)
        {
        }
        catch (InvalidOperationException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _refusing);
        }
    }

    private static byte[] Answer(string reason)
    {
        var body = "{\"errors\":[{\"message\":\"" + reason + "\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}";
        return Encoding.ASCII.GetBytes(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\nRetry-After: 5\r\nConnection: close\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n" + body);
    }

    /// <summary>A refusal is worth a warning, but an attack makes thousands: one line a minute, with the count.</summary>
    private void WarnNowAndThen(string client, string reason)
    {
        var refused = Interlocked.Increment(ref _refused);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWarning);
        if ((last == 0 || now - last >= WarningInterval.TotalMilliseconds) && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            _logger.LogWarning("Refused {Refused} connections since the service started; the latest from {Client}: {Reason}", refused, client, reason);
        }
    }
}
