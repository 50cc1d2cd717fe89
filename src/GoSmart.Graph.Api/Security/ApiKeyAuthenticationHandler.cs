using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Security;

/// <summary>
/// Accepts <c>X-Api-Key</c>: hashes the key with SHA-256 and compares it in constant time with the
/// configured hashes, so the keys themselves are never stored or logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            // A bearer token reaches this handler only when JWT is not configured.
            return Task.FromResult(Request.Headers.Authorization.Count > 0
                ? AuthenticateResult.Fail("The Authorization header is not accepted here; send an API key as X-Api-Key, or a bearer token where JWT is configured.")
                : AuthenticateResult.NoResult());
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > 512)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is malformed."));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        foreach (var configured in auth.Value.ApiKeys)
        {
            if (TryHex(configured.Sha256, out var expected) && CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, configured.Name), new Claim(ClaimTypes.Role, configured.Role.ToLowerInvariant())],
                    SchemeName,
                    ClaimTypes.Name,
                    ClaimTypes.Role);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("The API key is not known."));
    }

    /// <summary>The SHA-256 of a key in lower-case hex, as <c>Auth:ApiKeys:n:Sha256</c> wants it.</summary>
    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return bytes.Length == SHA256.HashSizeInBytes;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
