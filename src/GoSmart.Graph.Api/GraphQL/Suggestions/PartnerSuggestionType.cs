using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

public sealed class PartnerSuggestionType : ObjectGraphType<SuggestedPartner>
{
    public PartnerSuggestionType()
    {
        Name = "PartnerSuggestion";
        Description = "An actor suggested as a new partner, with the score that ranked it and the reasons in words.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The suggested partner.").Resolve(c => c.Loaders().Actors.Load(c.Source.Suggestion.ActorId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The partner score (see the README): recency-weighted Adamic–Adar over common partners + shared S3 domains + complementary kinds + a border bonus + the partner's activity.").Resolve(c => c.Source.Suggestion.Score);
        Field<NonNullGraphType<IntGraphType>>("commonPartners").Description("How many partners the two already share.").Resolve(c => c.Source.Suggestion.CommonPartnerCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why, in words: common partners, shared S3 domains, complementary kinds, the border crossed.").Resolve(c => c.Source.Reasons);
    }
}
