using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

/// <summary>The actor fields of the query root, and the <c>actors</c> connection shared by regions and domains.</summary>
public static class ActorQueries
{
    public const int MaxSortKeys = 3;
    public const int MaxSearchResults = 100;
    public const int MaxSearchLength = 200;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ActorType>("actor")
            .Description("An actor by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Typed id, e.g. `actor:pic-999889193`.")
            .Resolve(c => c.Loaders().Actors.Load(GoSmartQuery.CheckId(c.GetArgument<string>("id"))));

        AddActorsField(query, "All actors, filtered, sorted and paged.", _ => null, ActorScope.All);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("search")
            .Description($"Actors whose names match the text, best first: case- and accent-insensitive, every word must match, a word may be the start of a longer one (`hamburg inst`). At most {MaxSearchLength} characters, {MaxSearchResults} results.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. `bialystok` or `hamburg inst`.")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 10;
                a.Description = $"How many results: 0 to {MaxSearchResults}.";
            })
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                var first = c.GetArgument("first", 10);
                PagingArguments.Check(first, "first", MaxSearchResults);
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new UserInputError("`text` is empty; give a name or part of one, e.g. `bialystok`.");
                }

                if (text.Length > MaxSearchLength)
                {
                    throw UserInputError.LimitExceeded($"`text` may be at most {MaxSearchLength} characters; it has {text.Length}.");
                }

                var hits = await c.Store().SearchActorsAsync(text, first, c.CancellationToken).ConfigureAwait(false);
                return hits.Select(h => h.Actor).ToList();
            });
    }

    public static void AddActorsField<TSource>(ObjectGraphType<TSource> type, string description, Func<IResolveFieldContext<TSource>, string?> scopeId, ActorScope scope)
    {
        var field = type.Field<NonNullGraphType<ActorConnectionType>>("actors")
            .Description(description)
            .Argument<ActorFilterInputType>("where", "Filter; see ActorFilter.")
            .Argument<ListGraphType<NonNullGraphType<ActorSortInputType>>>("order", $"Sort keys, most significant first (at most {MaxSortKeys}); default by name. The id always breaks ties.")
            .ResolveAsync(async c =>
            {
                var where = ActorFilterReader.Read(c.GetArgument<object?>("where"));
                var filter = Scoped(where, scope, scopeId(c));
                var order = ReadOrder(c.GetArgument<List<object?>?>("order"));
                var request = PagingArguments.Read(c);
                var store = c.Store();
                var page = await PagingArguments.WithCursorsAsync(() => store.QueryActorsAsync(new ActorQuery(filter, order, request), c.CancellationToken)).ConfigureAwait(false);
                return new Connection<Actor>(page, ct => store.CountActorsAsync(filter, ct));
            });
        field.FieldType.AddForwardArguments("actors");
        field.FieldType.AddBackwardArguments("actors");
    }

    private static ActorFilter? Scoped(ActorFilter? where, ActorScope scope, string? id)
    {
        var scopeFilter = scope switch
        {
            ActorScope.Region => new ActorFilter { RegionIds = [id!] },
            ActorScope.Domain => new ActorFilter { S3DomainIds = [id!] },
            _ => null,
        };
        return (scopeFilter, where) switch
        {
            (null, _) => where,
            (_, null) => scopeFilter,
            _ => new ActorFilter { And = [scopeFilter, where] },
        };
    }

    private static List<ActorSort> ReadOrder(List<object?>? order)
    {
        if (order is null)
        {
            return [];
        }

        if (order.Count > MaxSortKeys)
        {
            throw UserInputError.LimitExceeded($"`order` may have at most {MaxSortKeys} keys; it has {order.Count}.");
        }

        var keys = order.Cast<IDictionary<string, object?>>()
            .Select(d => new ActorSort((ActorSortField)d["field"]!, d.TryGetValue("direction", out var dir) && dir is SortDirection s ? s : SortDirection.Ascending))
            .ToList();
        if (keys.Select(k => k.Field).Distinct().Count() != keys.Count)
        {
            throw new UserInputError("`order` names the same field twice; give each field once.");
        }

        return keys;
    }
}
