namespace GoSmart.Graph.Api.Limits;

/// <summary>The limits that protect the service (section <c>Limits</c>); the README lists each.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>A request still running after this is cancelled (its store calls and algorithms too) and answered TIMEOUT.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Fields and list items a query's answer may hold, counted as it is built (<see cref="ResultSizeLimit"/>).</summary>
    public int MaxResultFields { get; set; } = 250_000;

    /// <summary>Root fields per operation, aliases included: each is a separate lookup, whatever it returns.</summary>
    public int MaxRootFields { get; set; } = 100;

    /// <summary>Parsed documents kept for repeated queries, by an estimate of their memory (<see cref="GraphQL.DocumentCache.EstimatedBytes"/>).</summary>
    public long DocumentCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; turn off in production if the schema is private.</summary>
    public bool EnableIntrospection { get; set; } = true;

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Bounds on the document (tokens, fields, directives, fragments, errors) checked before validation.</summary>
    public DocumentLimitsOptions Document { get; set; } = new();
}

/// <summary>
/// A budget of units per window per credential (its name), or per client without one (its address
/// grouped by <see cref="ClientAddressOptions"/>), and one shared by all anonymous clients; beyond it HTTP 429.
/// Every request costs 1 when it arrives; an operation's expensive root fields cost their
/// <see cref="FieldCosts"/> more when it is validated, before it runs (whether it then runs or not).
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Units per window for one credential or one anonymous client.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Units per window for all anonymous clients together, so that many addresses cannot multiply the budget.</summary>
    public int AnonymousPermitLimit { get; set; } = 6_000;

    public double WindowSeconds { get; set; } = 60;

    /// <summary>What each use of a root field costs beyond the request's 1 unit: the fields that run graph algorithms.</summary>
    public IDictionary<string, int> FieldCosts { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["paths"] = 10,
        ["network"] = 10,
        ["partnerSuggestions"] = 10,
        ["regionMatrix"] = 10,
        ["s3Overlap"] = 5,
        ["brokerage"] = 20,
        ["connectors"] = 20,
    };
}
