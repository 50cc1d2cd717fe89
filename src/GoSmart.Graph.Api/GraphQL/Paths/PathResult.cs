using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Paths;

/// <summary>A found path with the snapshot it was found in, so steps can read their ties.</summary>
public sealed record PathResult(CollaborationPath Path, GraphSnapshot Snapshot);
