using GoSmart.Graph.Core.Analysis.Suggestions;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

/// <summary>A suggestion with its reasons in words, as the schema returns it.</summary>
public sealed record SuggestedPartner(string ActorId, PartnerSuggestion Suggestion, IReadOnlyList<string> Reasons);
