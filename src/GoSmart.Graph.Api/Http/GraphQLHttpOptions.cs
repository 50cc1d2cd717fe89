namespace GoSmart.Graph.Api.Http;

/// <summary>Limits of the GraphQL HTTP endpoint (section <c>GraphQLHttp</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQLHttp";

    /// <summary>Largest accepted request body; larger ones get HTTP 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
}
