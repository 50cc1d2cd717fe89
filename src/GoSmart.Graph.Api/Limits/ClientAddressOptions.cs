namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// How client addresses are grouped into one client for budgets and connection limits (section
/// <c>Limits:Clients</c>): one holder of an IPv6 /64 or of all of 127.0.0.0/8 can use any address in it.
/// </summary>
public sealed class ClientAddressOptions
{
    public const string Section = "Limits:Clients";

    /// <summary>IPv4 addresses sharing this many leading bits are one client; 32 is one address each.</summary>
    public int IPv4PrefixLength { get; set; } = 32;

    /// <summary>IPv6 addresses sharing this many leading bits are one client; 64 is one customer's subnet.</summary>
    public int IPv6PrefixLength { get; set; } = 64;

    /// <summary>All loopback addresses (127.0.0.0/8 and ::1) are one host; turn off only to let loopback addresses stand in for separate clients (the bench).</summary>
    public bool LoopbackIsOneHost { get; set; } = true;
}
