using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Api.GraphQL.Network;

public sealed record NetworkNodeView(string Id, string Label, ActorKind Kind, string Country, string RegionId, int Degree, int Depth, int Strength);
