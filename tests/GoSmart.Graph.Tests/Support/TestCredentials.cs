using System.Security.Claims;
using GoSmart.Graph.Api.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GoSmart.Graph.Tests.Support;

/// <summary>The API keys and JWT signing key the test services are configured with (only their hashes, for keys).</summary>
public static class TestCredentials
{
    public const string ReaderKey = "test-reader-key-0123456789";
    public const string BrokerKey = "test-broker-key-0123456789";
    public const string AdminKey = "test-admin-key-0123456789";
    public const string JwtSigningKey = "test-signing-key-of-at-least-32-bytes-0123456789";
    public const string JwtIssuer = "gosmart-tests";
    public const string JwtAudience = "gosmart-graph";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0:Name"] = "test-reader",
        ["Auth:ApiKeys:0:Role"] = Roles.Reader,
        ["Auth:ApiKeys:0:Sha256"] = ApiKeyAuthenticationHandler.HashOf(ReaderKey),
        ["Auth:ApiKeys:1:Name"] = "test-broker",
        ["Auth:ApiKeys:1:Role"] = Roles.Broker,
        ["Auth:ApiKeys:1:Sha256"] = ApiKeyAuthenticationHandler.HashOf(BrokerKey),
        ["Auth:ApiKeys:2:Name"] = "test-admin",
        ["Auth:ApiKeys:2:Role"] = Roles.Admin,
        ["Auth:ApiKeys:2:Sha256"] = ApiKeyAuthenticationHandler.HashOf(AdminKey),
        ["Auth:Jwt:SigningKey"] = JwtSigningKey,
        ["Auth:Jwt:Issuer"] = JwtIssuer,
        ["Auth:Jwt:Audience"] = JwtAudience,
    };

    /// <summary>A token signed with the test key; <paramref name="signingKey"/> other than the configured one makes it invalid; a null subject leaves out <c>sub</c>.</summary>
    public static string Jwt(string? subject, string role, string signingKey = JwtSigningKey, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtIssuer,
            Audience = JwtAudience,
            Subject = new ClaimsIdentity(subject is null ? [new Claim("role", role)] : [new Claim("sub", subject), new Claim("role", role)]),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-20),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
}
