using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Paths;

/// <summary>One step of a found path with the snapshot it was found in.</summary>
public sealed record StepResult(PathStep Step, GraphSnapshot Snapshot);
