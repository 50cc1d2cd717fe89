using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Api.GraphQL.Stats;

public sealed record KindCount(ActorKind Kind, int Count);
