namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// TCP connections and their timeouts (section <c>Limits:Connections</c>): each open connection holds a
/// file descriptor, and a process out of descriptors cannot accept, open its store or even log.
/// </summary>
public sealed class ConnectionLimitsOptions
{
    public const string Section = "Limits:Connections";

    /// <summary>Open connections in all; past it a new connection gets HTTP 503. Lowered at start to stay below the process's file-descriptor limit.</summary>
    public int MaxConnections { get; set; } = 1_000;

    /// <summary>Open connections per client (its address grouped as <see cref="ClientAddressOptions"/> says); past it HTTP 503.</summary>
    public int MaxConnectionsPerClient { get; set; } = 100;

    /// <summary>Descriptors kept free for the store, logs and outgoing calls when the limit is lowered to the process's.</summary>
    public int FileDescriptorReserve { get; set; } = 256;

    /// <summary>An idle keep-alive connection is closed after this (Kestrel's default is 130 s).</summary>
    public double KeepAliveTimeoutSeconds { get; set; } = 30;

    /// <summary>A request's headers must arrive within this (Kestrel's default is 30 s).</summary>
    public double RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>A client that reads the answer slower than this (after a 5 s grace) is disconnected.</summary>
    public double MinResponseBytesPerSecond { get; set; } = 240;
}
