using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.Network;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Network;

/// <summary>The <c>network</c> field: an actor's ego network to draw.</summary>
public static class NetworkQueries
{
    public const int MaxDepth = 3;
    public const int MaxLimit = 1000;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NetworkViewType>>("network")
            .Description(
                "An actor's ego network over collaborations, as nodes and edges to draw. Breadth-first by depth; within a depth the actors with the strongest tie "
                + "into the previous depth are kept first (then by id) until `limit` nodes, and `truncated` says when the limit left some out. "
                + "Edges are every collaboration between kept nodes.")
            .Argument<NonNullGraphType<IdGraphType>>("center", "The actor at the centre, e.g. `actor:pic-999889193`.")
            .Argument<IntGraphType>("depth", a =>
            {
                a.DefaultValue = 1;
                a.Description = $"How many steps from the centre: 1 to {MaxDepth}.";
            })
            .Argument<IntGraphType>("limit", a =>
            {
                a.DefaultValue = 200;
                a.Description = $"Most nodes, the centre included: 1 to {MaxLimit}.";
            })
            .Argument<ActorFilterInputType>("filter", "Only actors that match (the centre always stays); the search does not travel through the others.")
            .ResolveAsync(async c =>
            {
                var centerId = AnalysisArguments.TypedId(c.GetArgument<string>("center"), Ids.ActorPrefix, "center", "actor:pic-999889193");
                var depth = c.GetArgument("depth", 1);
                var limit = c.GetArgument("limit", 200);
                Check(depth, "depth", 1, MaxDepth);
                Check(limit, "limit", 1, MaxLimit);
                var filter = ActorFilterReader.Read(c.GetArgument<object?>("filter"));
                var snapshot = await AnalysisArguments.SnapshotAsync(c).ConfigureAwait(false);
                var center = snapshot.IndexOf(centerId);
                if (center < 0)
                {
                    throw UserInputError.NotFound($"There is no actor `{centerId}`; find one with `search` or `actors`.");
                }

                var store = c.Store();
                var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
                Func<int, bool>? include = null;
                if (filter is not null)
                {
                    var reach = StrongestTiesEgoNetwork.Reach(snapshot, center, depth, c.CancellationToken);
                    var matcher = new ActorFilterMatcher(filter, await AnalysisArguments.RegionsAsync(c).ConfigureAwait(false));
                    var matching = await MatchingAsync(store, snapshot, reach, matcher, actors, c.CancellationToken).ConfigureAwait(false);
                    include = matching.Contains;
                }

                var network = GraphTelemetry.Measure("network", () => StrongestTiesEgoNetwork.Build(snapshot, center, depth, limit, include, c.CancellationToken));
                await FetchAsync(store, network.Nodes.Select(n => snapshot.ActorIds[n.Index]), actors, c.CancellationToken).ConfigureAwait(false);
                return View(snapshot, network, actors);
            });
    }

    private static void Check(int value, string argument, int min, int max)
    {
        if (value < min)
        {
            throw new UserInputError($"`{argument}` must be at least {min}; it was {value}.");
        }

        if (value > max)
        {
            throw UserInputError.LimitExceeded($"`{argument}` may be at most {max}; it was {value}.");
        }
    }

    /// <summary>
    /// The reached actors the filter keeps. Kind, country, region and domains are the snapshot's; only a filter on
    /// names or <c>sme</c> needs the records, fetched in one store call (which stops at the deadline), of which only the
    /// matching are kept. Fetching in chunks was tried: at 300,000 actors each chunk emptied the store's record cache
    /// for the next (3.4 s a call instead of 1.9 s).
    /// </summary>
    private static async Task<HashSet<int>> MatchingAsync(
        IGraphStore store, GraphSnapshot snapshot, IReadOnlyList<int> reach, ActorFilterMatcher matcher, Dictionary<string, Actor> kept, CancellationToken cancellationToken)
    {
        if (!matcher.NeedsRecord)
        {
            // The filter reads no name: an actor made of the snapshot's columns answers it exactly.
            return [.. matcher.Matching(reach, i => (SnapshotActor(snapshot, i), DomainIds(snapshot, i)), cancellationToken)];
        }

        var fetched = await store.GetActorsAsync([.. reach.Select(i => snapshot.ActorIds[i])], cancellationToken).ConfigureAwait(false);
        var matching = new HashSet<int>();
        foreach (var i in matcher.Matching(reach, i => (fetched.GetValueOrDefault(snapshot.ActorIds[i]), DomainIds(snapshot, i)), cancellationToken))
        {
            matching.Add(i);
            kept[snapshot.ActorIds[i]] = fetched[snapshot.ActorIds[i]];
        }

        return matching;
    }

    private static Actor SnapshotActor(GraphSnapshot snapshot, int i) =>
        new(snapshot.ActorIds[i], snapshot.ActorIds[i], snapshot.Kinds[i], snapshot.Countries[i], snapshot.RegionIds[i]);

    /// <summary>One store call for the actors not fetched yet.</summary>
    private static async Task FetchAsync(IGraphStore store, IEnumerable<string> ids, Dictionary<string, Actor> into, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !into.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var (id, actor) in await store.GetActorsAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            into[id] = actor;
        }
    }

    private static List<string> DomainIds(GraphSnapshot snapshot, int node)
    {
        var ids = new List<string>();
        foreach (var d in snapshot.DomainsOf(node))
        {
            ids.Add(snapshot.DomainIds[d]);
        }

        return ids;
    }

    private static NetworkView View(GraphSnapshot snapshot, EgoNetwork network, Dictionary<string, Actor> actors)
    {
        var nodes = network.Nodes.Select(n =>
        {
            var id = snapshot.ActorIds[n.Index];
            var label = actors.TryGetValue(id, out var actor) ? actor.Name : id;
            return new NetworkNodeView(id, label, snapshot.Kinds[n.Index], snapshot.Countries[n.Index], snapshot.RegionIds[n.Index], snapshot.DegreeOf(n.Index), n.Depth, n.Strength);
        }).ToList();
        var edges = network.Edges.Select(e => new NetworkEdgeView(
            snapshot.ActorIds[e.Source],
            snapshot.ActorIds[e.Target],
            snapshot.Weights[e.TieIndex],
            RelationKind.Collaboration,
            Year(snapshot.FirstYears[e.TieIndex]),
            Year(snapshot.LastYears[e.TieIndex]),
            snapshot.Declared[e.TieIndex])).ToList();
        return new NetworkView(snapshot.ActorIds[network.Nodes[0].Index], nodes, edges, network.Truncated);
    }

    private static int? Year(int year) => year == 0 ? null : year;
}
