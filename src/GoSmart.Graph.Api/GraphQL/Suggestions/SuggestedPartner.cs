using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

/// <summary>A suggestion for an actor with its reasons in words and the snapshot it was ranked on.</summary>
public sealed record SuggestedPartner(string ForActorId, PartnerSuggestion Suggestion, IReadOnlyList<string> Reasons, GraphSnapshot Snapshot);
