namespace GoSmart.Graph.Core.Model;

/// <summary>Typed, readable ids: <c>actor:pic-999889193</c>, <c>region:PL84</c>, <c>domain:agri-food</c>, <c>project:rcn-210603</c>.</summary>
public static class Ids
{
    public const string ActorPrefix = "actor:";
    public const string RegionPrefix = "region:";
    public const string DomainPrefix = "domain:";
    public const string ProjectPrefix = "project:";

    public static string ActorFromPic(string pic) => $"{ActorPrefix}pic-{pic}";

    public static string Region(string code) => RegionPrefix + code;

    public static string Domain(string slug) => DomainPrefix + slug;

    public static string ProjectFromRcn(string rcn) => $"{ProjectPrefix}rcn-{rcn}";

    /// <summary>The kind of node an id names, by its prefix; null when it has none of ours.</summary>
    public static NodeType? TypeOf(string id) =>
        id.StartsWith(ActorPrefix, StringComparison.Ordinal) ? NodeType.Actor
        : id.StartsWith(RegionPrefix, StringComparison.Ordinal) ? NodeType.Region
        : id.StartsWith(DomainPrefix, StringComparison.Ordinal) ? NodeType.S3Domain
        : id.StartsWith(ProjectPrefix, StringComparison.Ordinal) ? NodeType.Project
        : null;
}
