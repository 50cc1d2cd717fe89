using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Api.GraphQL.Network;

public sealed record NetworkEdgeView(string Source, string Target, int Weight, RelationKind Relation, int? FirstYear, int? LastYear, bool Declared);
