using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace GoSmart.Graph.Api.Security;

public static class SecurityExtensions
{
    private const string SelectorScheme = "GoSmart";

    /// <summary>The authentication type of a JWT caller's identity, which <see cref="PrincipalName"/> tells from an API key's.</summary>
    public const string JwtAuthenticationType = "Jwt";

    /// <summary>API keys and, when configured, JWT bearer tokens; one scheme picks by the header sent.</summary>
    public static IServiceCollection AddGoSmartSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);
        var jwt = section.GetSection("Jwt").Get<JwtOptions>() ?? new JwtOptions();

        // No default scheme: the authentication middleware the host adds by itself then does nothing per request,
        // and UseGoSmartAuthentication authenticates the requests that send a credential.
        var builder = services.AddAuthentication()
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", o => o.ForwardDefaultSelector = http =>
                jwt.IsConfigured && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.IsConfigured)
        {
            builder.AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
                o.Audience = jwt.Audience;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = jwt.Issuer is not null,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = jwt.Audience is not null,
                    ValidAudience = jwt.Audience,
                    NameClaimType = jwt.NameClaim,
                    RoleClaimType = jwt.RoleClaim,
                    IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                    // The default is 5 minutes: a token a client was told expired would still work that long.
                    ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds),
                    AuthenticationType = JwtAuthenticationType,
                };
                o.Events = new JwtBearerEvents
                {
                    // A token that names nobody would be audited as no one: refuse it rather than guess.
                    OnTokenValidated = context =>
                    {
                        if (context.Principal?.FindFirst(jwt.NameClaim)?.Value is not { Length: > 0 })
                        {
                            context.Fail(new CredentialRefusedException(
                                $"The bearer token has no `{jwt.NameClaim}` claim naming the caller, so its actions could not be attributed; use a token issued for a user or client (Auth:Jwt:NameClaim names the claim)."));
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        }

        return services;
    }

    /// <summary>
    /// The caller's name for logs, budgets and the audit log, never the secret: <c>key:&lt;name&gt;</c> for an
    /// API key, <c>jwt:&lt;subject&gt;</c> for a bearer token (so a token cannot pass for a key of the same
    /// name), <c>anonymous</c> without a credential.
    /// </summary>
    public static string PrincipalName(this ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } identity
            ? (identity.AuthenticationType == JwtAuthenticationType ? "jwt:" : "key:") + name
            : "anonymous";

    /// <summary>The highest role the caller holds (an authenticated caller without a known role reads); -1 when not authenticated.</summary>
    public static int RoleRank(this ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return -1;
        }

        var roleType = (identity as ClaimsIdentity)?.RoleClaimType ?? ClaimTypes.Role;
        var ranks = user.FindAll(roleType).Select(c => Roles.Rank(c.Value)).ToList();
        return ranks.Count == 0 ? 0 : Math.Max(0, ranks.Max());
    }

    /// <summary>
    /// Authenticates each request that sends a credential, so the rate limiter after it sees who is asking.
    /// In place of ASP.NET Core's authentication middleware: a request without a credential is anonymous
    /// without a handler being made for it, which is most of what an anonymous read would cost here.
    /// </summary>
    public static IApplicationBuilder UseGoSmartAuthentication(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            await http.AuthenticateGoSmartAsync().ConfigureAwait(false);
            await next(http).ConfigureAwait(false);
        });

    /// <summary>Authenticates the request (cached per request); a credential that was sent and refused is a failure.</summary>
    public static async Task<AuthenticateResult> AuthenticateGoSmartAsync(this HttpContext http)
    {
        var headers = http.Request.Headers;
        if (!headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) && !headers.ContainsKey(HeaderNames.Authorization))
        {
            return AuthenticateResult.NoResult();
        }

        var result = await http.AuthenticateAsync(SelectorScheme).ConfigureAwait(false);
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }

        return result;
    }
}
