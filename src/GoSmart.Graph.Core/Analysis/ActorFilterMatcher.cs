using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Analysis;

/// <summary>
/// Evaluates an <see cref="ActorFilter"/> in memory, with the store's meaning (an empty list matches
/// nothing, a region includes the regions inside it, names are folded), for analytics that filter
/// actors they already hold.
/// </summary>
public sealed class ActorFilterMatcher
{
    private readonly ActorFilter filter;
    private readonly RegionHierarchy regions;
    private readonly Dictionary<ActorFilter, Compiled> compiled = new(ReferenceEqualityComparer.Instance);

    public ActorFilterMatcher(ActorFilter filter, RegionHierarchy regions)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(regions);
        this.filter = filter;
        this.regions = regions;
    }

    /// <summary>
    /// Whether matching reads more of an actor than its kind, country and region: a name (<c>nameContains</c>) or
    /// <c>sme</c> anywhere in the filter. Without them a graph snapshot's columns are enough and no record need be fetched.
    /// </summary>
    public bool NeedsRecord => NeedsRecordOf(filter);

    /// <param name="domainIds">The domains the actor is ACTIVE_IN.</param>
    public bool Matches(Actor actor, IReadOnlyCollection<string> domainIds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(domainIds);
        return Matches(filter, actor, domainIds, new FoldedNames(actor));
    }

    /// <summary>The items whose actor matches, checking <paramref name="cancellationToken"/> as it goes (a network's reach can be the whole graph).</summary>
    public IEnumerable<T> Matching<T>(IEnumerable<T> items, Func<T, (Actor? Actor, IReadOnlyCollection<string> DomainIds)> actorOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(actorOf);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (actor, domainIds) = actorOf(item);
            if (actor is not null && Matches(actor, domainIds))
            {
                yield return item;
            }
        }
    }

    private bool Matches(ActorFilter f, Actor actor, IReadOnlyCollection<string> domainIds, FoldedNames names)
    {
        var c = Compile(f);
        return (f.Kinds is null || f.Kinds.Contains(actor.Kind))
            && (c.Countries is null || c.Countries.Contains(actor.Country))
            && (c.Regions is null || c.Regions.Contains(actor.RegionId))
            && (f.S3DomainIds is null || f.S3DomainIds.Any(domainIds.Contains))
            && (c.Name is null || names.Any(c.Name))
            && (f.Sme is null || actor.Sme == f.Sme)
            && (f.And ?? []).All(sub => Matches(sub, actor, domainIds, names))
            && (f.Or is null || f.Or.Any(sub => Matches(sub, actor, domainIds, names)));
    }

    private static bool NeedsRecordOf(ActorFilter f) =>
        !string.IsNullOrWhiteSpace(f.NameContains) || f.Sme is not null
        || (f.And ?? []).Any(NeedsRecordOf) || (f.Or ?? []).Any(NeedsRecordOf);

    private Compiled Compile(ActorFilter f)
    {
        if (!compiled.TryGetValue(f, out var c))
        {
            c = new Compiled(
                f.Countries?.Select(x => x.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
                f.RegionIds?.SelectMany(regions.WithDescendants).ToHashSet(StringComparer.Ordinal),
                string.IsNullOrWhiteSpace(f.NameContains) ? null : TextFold.Fold(f.NameContains.Trim()));
            compiled.Add(f, c);
        }

        return c;
    }

    private sealed record Compiled(HashSet<string>? Countries, HashSet<string>? Regions, string? Name);

    /// <summary>An actor's folded names, folded once per actor however many `nameContains` a filter holds (99 in an `or` folded each name 99 times).</summary>
    private sealed class FoldedNames(Actor actor)
    {
        private string[]? folded;

        public bool Any(string part)
        {
            folded ??= [TextFold.Fold(actor.Name), .. actor.AlternativeNames.Select(TextFold.Fold)];
            return folded.Any(n => n.Contains(part, StringComparison.Ordinal));
        }
    }
}
