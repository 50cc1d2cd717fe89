using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Paths;
using GoSmart.Graph.Core.Analysis.Paths;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

public sealed class PartnerSuggestionType : ObjectGraphType<SuggestedPartner>
{
    /// <summary>The longest introduction looked for, in steps (the <c>paths</c> default).</summary>
    public const int IntroductionMaxHops = 4;

    public PartnerSuggestionType()
    {
        Name = "PartnerSuggestion";
        Description = "An actor suggested as a new partner, with the score that ranked it and the reasons in words.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The suggested partner.").Resolve(c => c.Loaders().Actors.Load(c.Source.Suggestion.ActorId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The partner score (see the README): recency-weighted Adamic–Adar over common partners + shared S3 domains + complementary kinds + a border bonus + the partner's activity.").Resolve(c => c.Source.Suggestion.Score);
        Field<NonNullGraphType<IntGraphType>>("commonPartners").Description("How many partners the two already share.").Resolve(c => c.Source.Suggestion.CommonPartnerCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why, in words: common partners, shared S3 domains, complementary kinds, the border crossed.").Resolve(c => c.Source.Reasons);
        Field<CollaborationPathType>("introduction")
            .Description($"The best introduction: the path `paths(from: actor, to: suggested, k: 1)` would return first, over collaborations, at most {IntroductionMaxHops} steps; null when there is none.")
            .Resolve(c =>
            {
                var s = c.Source;
                var found = YenKShortestPaths.Find(s.Snapshot, s.ForActorId, s.Suggestion.ActorId, 1, IntroductionMaxHops, PathConstraints.Default, c.CancellationToken);
                return found.Count == 0 ? null : new PathResult(found[0], s.Snapshot);
            });
    }
}
