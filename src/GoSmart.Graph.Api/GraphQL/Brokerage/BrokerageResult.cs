using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Brokerage;

/// <summary>A profile with the snapshot it was read from, so <c>betweenness</c> is computed only when a query asks for it.</summary>
public sealed record BrokerageResult(BrokerageProfile Profile, GraphSnapshot Snapshot);
