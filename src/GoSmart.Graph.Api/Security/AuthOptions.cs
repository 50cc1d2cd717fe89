namespace GoSmart.Graph.Api.Security;

/// <summary>Who may read and write (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Requests without a credential may read (queries); on by default for the embedded demo.</summary>
    public bool AnonymousRead { get; set; } = true;

    /// <summary>API keys, sent as <c>X-Api-Key: &lt;key&gt;</c>; only their SHA-256 is configured.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = [];

    public JwtOptions Jwt { get; set; } = new();
}

/// <summary>One API key: a name for logs and the audit log, a role, and the key's SHA-256 in hex.</summary>
public sealed class ApiKeyOptions
{
    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = Roles.Reader;

    public string Sha256 { get; set; } = string.Empty;
}

/// <summary>JWT bearer tokens: from an OpenID Connect authority, or signed with a shared key (HS256).</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer's address; its signing keys are discovered from its OpenID configuration.</summary>
    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>A shared HMAC key (at least 32 bytes) when there is no authority; give it by environment, never in a file.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim that carries the role (<c>reader</c>, <c>broker</c>, <c>admin</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim that names the caller in logs and the audit log; a token without it is refused.</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>How far past its expiry (or before its start) a token is still accepted, for clocks that differ a little.</summary>
    public double ClockSkewSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
