namespace GoSmart.Graph.Core.Import;

/// <summary>How projects map onto one S3 domain: a row of <c>seed/gosmart/s3_domains.csv</c>.</summary>
/// <param name="DomainId">The typed id, e.g. <c>domain:energy</c>.</param>
/// <param name="ProgrammeParts">H2020 parts whose projects fall in the domain unless their topic says more precisely where.</param>
/// <param name="RefinesParts">Parts whose default this domain replaces when a project's topic names it (blue growth within SC2).</param>
/// <param name="TopicTokens">Segments of a topic code that place a project in the domain (<c>LCE</c> in <c>LCE-21-2015</c>).</param>
public sealed record DomainRule(
    string DomainId,
    IReadOnlyList<string> ProgrammeParts,
    IReadOnlyList<string> RefinesParts,
    IReadOnlyList<string> TopicTokens);
