using System.Diagnostics.CodeAnalysis;
using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Import;

/// <summary>The actors being read, by id, in the order they were first seen (so the batch is deterministic).</summary>
internal sealed class ActorTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<Actor> _actors = [];
    private readonly HashSet<string> _unnamed = new(StringComparer.Ordinal);

    public bool Contains(string id) => _index.ContainsKey(id);

    public bool TryGet(string id, [NotNullWhen(true)] out Actor? actor)
    {
        actor = _index.TryGetValue(id, out var i) ? _actors[i] : null;
        return actor is not null;
    }

    public void Add(Actor actor)
    {
        _index.Add(actor.Id, _actors.Count);
        _actors.Add(actor);
    }

    public void Replace(Actor actor) => _actors[_index[actor.Id]] = actor;

    /// <summary>Remembers that the actor's name was made up here, so it is never kept as an alternative name.</summary>
    public void MarkUnnamed(string id) => _unnamed.Add(id);

    public bool IsUnnamed(string id) => _unnamed.Contains(id);

    public IReadOnlyList<Actor> InOrder() => [.. _actors];
}
