using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paths;

/// <summary>The <c>paths</c> field: who connects X to Y.</summary>
public static class PathQueries
{
    public const int MaxK = 10;
    public const int MaxHops = 6;
    public const int MaxAvoid = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollaborationPathType>>>>("paths")
            .Description(
                $"The k best loopless paths from one actor to another (Yen's algorithm over bidirectional breadth-first search), best first: fewest hops; " +
                "then the strongest weakest link; then the largest total strength (a step's strength: shared projects of a collaboration, 1 for a membership, 0 for a shared S3 domain); " +
                $"then the actor ids in order. Empty when no path of at most `maxHops` steps exists. k from 1 to {MaxK}, maxHops from 1 to {MaxHops}.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The actor to start from, e.g. `actor:pic-999889193`.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The actor to reach.")
            .Argument<IntGraphType>("k", a =>
            {
                a.DefaultValue = 3;
                a.Description = $"How many paths: 1 to {MaxK}.";
            })
            .Argument<IntGraphType>("maxHops", a =>
            {
                a.DefaultValue = 4;
                a.Description = $"The most steps a path may take: 1 to {MaxHops}.";
            })
            .Argument<PathConstraintsInputType>("constraints", "Relations to travel, border crossing, who may be an intermediary, which ties count.")
            .ResolveAsync(async c =>
            {
                var from = ActorId(c.GetArgument<string>("from"), "from");
                var to = ActorId(c.GetArgument<string>("to"), "to");
                var k = Bounded(c.GetArgument("k", 3), "k", MaxK);
                var maxHops = Bounded(c.GetArgument("maxHops", 4), "maxHops", MaxHops);
                if (string.Equals(from, to, StringComparison.Ordinal))
                {
                    throw new UserInputError("`from` and `to` are the same actor; a path needs two.");
                }

                var constraints = ReadConstraints(c.GetArgument<object?>("constraints"));
                if (c.PathCorridorSource() is { PushesDownPathSearch: true } source && PathCorridor.Supports(constraints))
                {
                    var (corridor, found) = await GraphTelemetry.MeasureAsync("paths", () => CorridorAsync(c, source, from, to, k, maxHops, constraints)).ConfigureAwait(false);
                    return found.Select(p => new PathResult(p, corridor)).ToList();
                }

                var (snapshot, fromNode, toNode) = await SnapshotAsync(c, from, to, constraints).ConfigureAwait(false);
                var paths = GraphTelemetry.Measure("paths", () => YenKShortestPaths.Find(snapshot, fromNode, toNode, k, maxHops, constraints, c.CancellationToken));
                return paths.Select(p => new PathResult(p, snapshot)).ToList();
            });
    }

    private static async Task<(GraphSnapshot Graph, int From, int To)> SnapshotAsync(IResolveFieldContext c, string from, string to, PathConstraints constraints)
    {
        var snapshot = await c.Store().GetSnapshotAsync(c.CancellationToken).ConfigureAwait(false);
        var fromNode = Known(snapshot, from);
        var toNode = Known(snapshot, to);
        foreach (var avoided in constraints.Avoid)
        {
            Known(snapshot, avoided);
        }

        if (constraints.IntermediaryDomain is { } domain && snapshot.DomainIndexOf(domain) < 0)
        {
            throw UnknownDomain(domain);
        }

        return (snapshot, fromNode, toNode);
    }

    /// <summary>
    /// The same search over only the part of the graph its paths can use, read from the store level by level
    /// (<see cref="PathCorridor"/>); the same checks, in the same order, as over the snapshot.
    /// </summary>
    private static async Task<(GraphSnapshot Corridor, IReadOnlyList<CollaborationPath> Paths)> CorridorAsync(
        IResolveFieldContext c, IPathCorridorSource source, string from, string to, int k, int maxHops, PathConstraints constraints)
    {
        var store = c.Store();
        var actors = await store.GetActorsAsync([from, to, .. constraints.Avoid], c.CancellationToken).ConfigureAwait(false);
        foreach (var id in new[] { from, to }.Concat(constraints.Avoid))
        {
            if (!actors.ContainsKey(id))
            {
                throw UnknownActor(id);
            }
        }

        if (constraints.IntermediaryDomain is { } domain && (await store.GetDomainsAsync([domain], c.CancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw UnknownDomain(domain);
        }

        try
        {
            return await PathCorridor.FindAsync(source, actors[from], actors[to], k, maxHops, constraints, source.MaxCorridorRows, c.CancellationToken).ConfigureAwait(false);
        }
        catch (PathCorridorLimitException e)
        {
            throw UserInputError.LimitExceeded(
                $"This path search would read more than {e.MaxRows} relationships from Neo4j (the budget Neo4j:PathCorridorMaxRows). " +
                "Lower `maxHops`, raise `minWeight` or `sinceYear`, restrict the intermediaries, or raise the budget.");
        }
    }

    private static int Bounded(int value, string name, int max) => value switch
    {
        < 1 => throw new UserInputError($"`{name}` must be at least 1; it is {value}."),
        _ when value > max => throw UserInputError.LimitExceeded($"`{name}` may be at most {max}; it is {value}."),
        _ => value,
    };

    private static string ActorId(string id, string name)
    {
        GoSmartQuery.CheckId(id);
        if (!id.StartsWith(Ids.ActorPrefix, StringComparison.Ordinal) || id.Length == Ids.ActorPrefix.Length)
        {
            throw new UserInputError($"`{name}` takes actor ids such as `actor:pic-999889193`; `{ActorFilterReader.Shorten(id)}` is not one.");
        }

        return id;
    }

    private static int Known(GraphSnapshot snapshot, string actorId)
    {
        var node = snapshot.IndexOf(actorId);
        return node >= 0 ? node : throw UnknownActor(actorId);
    }

    private static UserInputError UnknownActor(string actorId) => UserInputError.NotFound($"There is no actor `{ActorFilterReader.Shorten(actorId)}`.");

    private static UserInputError UnknownDomain(string domainId) =>
        UserInputError.NotFound($"There is no S3 domain `{ActorFilterReader.Shorten(domainId)}`; `s3Domains` lists them.");

    private static PathConstraints ReadConstraints(object? value)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return PathConstraints.Default;
        }

        var via = List(fields, "via", v => (RelationKind)v!) ?? [RelationKind.Collaboration];
        if (via.Count == 0)
        {
            throw new UserInputError("`via` is empty; name at least one relation, e.g. `[COLLABORATION]`.");
        }

        var avoid = List(fields, "avoid", v => ActorId((string)v!, "avoid")) ?? [];
        if (avoid.Count > MaxAvoid)
        {
            throw UserInputError.LimitExceeded($"`avoid` may hold at most {MaxAvoid} actors; it has {avoid.Count}.");
        }

        var minWeight = fields.TryGetValue("minWeight", out var w) && w is int weight ? weight : 1;
        if (minWeight < 1)
        {
            throw new UserInputError($"`minWeight` must be at least 1; it is {minWeight}.");
        }

        var domain = fields.TryGetValue("intermediaryDomain", out var d) ? d as string : null;
        if (domain is not null)
        {
            GoSmartQuery.CheckId(domain);
        }

        return new PathConstraints
        {
            Via = via.Distinct().ToList(),
            CrossBorder = fields.TryGetValue("crossBorder", out var cross) && cross is true,
            IntermediaryKinds = List(fields, "intermediaryKinds", v => (ActorKind)v!),
            IntermediaryDomain = domain,
            Avoid = avoid,
            MinWeight = minWeight,
            SinceYear = fields.TryGetValue("sinceYear", out var y) && y is int year ? year : null,
        };
    }

    private static List<T>? List<T>(IDictionary<string, object?> fields, string name, Func<object?, T> read) =>
        fields.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.Select(read).ToList() : null;
}
