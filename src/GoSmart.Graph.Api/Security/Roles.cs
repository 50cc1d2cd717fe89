namespace GoSmart.Graph.Api.Security;

/// <summary>The roles a credential may carry; each includes the ones before it (reader &lt; broker &lt; admin).</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Broker = "broker";
    public const string Admin = "admin";

    /// <summary>0 reader, 1 broker, 2 admin; -1 for a role we do not know.</summary>
    public static int Rank(string? role) => role?.ToLowerInvariant() switch
    {
        Reader => 0,
        Broker => 1,
        Admin => 2,
        _ => -1,
    };
}
