namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// A suggested partner with the parts of its score: common partners (the most specific first, at most
/// <see cref="PartnerSuggester.NamedCommonPartners"/> named), shared S3 domains, whether the kinds complement
/// each other, whether the tie would cross a border.
/// </summary>
public sealed record PartnerSuggestion(
    string ActorId,
    double Score,
    int CommonPartnerCount,
    IReadOnlyList<string> CommonPartnerIds,
    IReadOnlyList<string> SharedDomainIds,
    bool ComplementaryKinds,
    bool CrossesBorder);
