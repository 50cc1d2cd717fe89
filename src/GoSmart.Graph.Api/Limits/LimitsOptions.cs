namespace GoSmart.Graph.Api.Limits;

/// <summary>The limits that protect the service (section <c>Limits</c>); the README lists each.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>A request still running after this is cancelled (its store calls and algorithms too) and answered TIMEOUT.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Root fields per operation, aliases included: each is a separate lookup, whatever it returns.</summary>
    public int MaxRootFields { get; set; } = 100;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; turn off in production if the schema is private.</summary>
    public bool EnableIntrospection { get; set; } = true;

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Bounds on the document (tokens, fields, directives, fragments, errors) checked before validation.</summary>
    public DocumentLimitsOptions Document { get; set; } = new();
}

/// <summary>Requests per window per credential (its name), or per client address without one; beyond it HTTP 429.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public double WindowSeconds { get; set; } = 60;
}
