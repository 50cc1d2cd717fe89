using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>A search result; a higher score ranks first.</summary>
public sealed record SearchHit(Actor Actor, double Score);
