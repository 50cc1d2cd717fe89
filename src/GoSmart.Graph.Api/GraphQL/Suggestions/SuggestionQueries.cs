using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

/// <summary>The <c>partnerSuggestions</c> field of the query root.</summary>
public static class SuggestionQueries
{
    public const int MaxSuggestions = 50;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerSuggestionType>>>>("partnerSuggestions")
            .Description($"Actors this actor does not collaborate with yet, best first, with the reasons. At most {MaxSuggestions}.")
            .Argument<NonNullGraphType<IdGraphType>>("actor", "Typed id, e.g. `actor:pic-999889193`.")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 10;
                a.Description = $"How many suggestions: 0 to {MaxSuggestions}.";
            })
            .Argument<SuggestionFilterInputType>("filter", "Which partners may be suggested.")
            .ResolveAsync(async c =>
            {
                var id = GoSmartQuery.CheckId(c.GetArgument<string>("actor"));
                var first = c.GetArgument("first", 10);
                if (first < 0)
                {
                    throw new UserInputError($"`first` must be 0 to {MaxSuggestions}; it is {first}.");
                }

                if (first > MaxSuggestions)
                {
                    throw UserInputError.LimitExceeded($"`first` may be at most {MaxSuggestions}; it is {first}.");
                }

                var filter = await ReadFilterAsync(c).ConfigureAwait(false);
                var store = c.Store();
                var snapshot = await store.GetSnapshotAsync(c.CancellationToken).ConfigureAwait(false);
                var suggestions = GraphTelemetry.Measure("partnerSuggestions", () => PartnerSuggester.Suggest(snapshot, id, first, filter, c.CancellationToken))
                    ?? throw UserInputError.NotFound($"There is no actor `{ActorFilterReader.Shorten(id)}`; find actor ids with `search` or `actors`.");
                var actorIds = suggestions.SelectMany(s => s.CommonPartnerIds.Append(s.ActorId)).Append(id).Distinct(StringComparer.Ordinal).ToList();
                var actors = await store.GetActorsAsync(actorIds, c.CancellationToken).ConfigureAwait(false);
                var domains = await store.ListDomainsAsync(c.CancellationToken).ConfigureAwait(false);
                var names = actors.Values.Select(a => (a.Id, a.Name)).Concat(domains.Select(d => (d.Id, d.Name)))
                    .ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
                var actor = actors[id];
                return suggestions.Select(s => new SuggestedPartner(id, s, SuggestionReasons.Describe(s, actor, actors[s.ActorId], names), snapshot)).ToList();
            });
    }

    private static async Task<SuggestionFilter?> ReadFilterAsync(IResolveFieldContext context)
    {
        if (context.GetArgument<object?>("filter") is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var countries = List(fields, "countryIn")?.Select(v => v as string ?? string.Empty).ToList();
        foreach (var code in countries ?? [])
        {
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                throw new UserInputError($"`countryIn` takes ISO 3166-1 alpha-2 codes such as `PL` or `DE`; `{ActorFilterReader.Shorten(code)}` is not one.");
            }
        }

        var region = fields.TryGetValue("region", out var r) ? r as string : null;
        HashSet<string>? regionIds = null;
        if (region is not null)
        {
            var regions = await context.Loaders().AllRegionsAsync(context.CancellationToken).ConfigureAwait(false);
            if (!regions.Any(x => x.Id == GoSmartQuery.CheckId(region)))
            {
                throw UserInputError.NotFound($"There is no region `{ActorFilterReader.Shorten(region)}`; region ids look like `region:PL84` or `region:DE`.");
            }

            regionIds = WithInner(region, regions);
        }

        var domain = fields.TryGetValue("s3Domain", out var d) ? d as string : null;
        if (domain is not null)
        {
            var known = await context.Store().GetDomainsAsync([GoSmartQuery.CheckId(domain)], context.CancellationToken).ConfigureAwait(false);
            if (known.Count == 0)
            {
                throw UserInputError.NotFound($"There is no S3 domain `{ActorFilterReader.Shorten(domain)}`; list them with `s3Domains`.");
            }
        }

        return new SuggestionFilter
        {
            Countries = countries,
            Kinds = List(fields, "kindIn")?.Select(v => (ActorKind)v!).ToList(),
            RegionIds = regionIds,
            S3DomainId = domain,
            CrossBorderOnly = fields.TryGetValue("crossBorderOnly", out var cb) && cb is true,
        };
    }

    private static List<object?>? List(IDictionary<string, object?> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        var items = ((IEnumerable<object?>)value).ToList();
        return items.Count <= ActorFilterReader.MaxListLength
            ? items
            : throw UserInputError.LimitExceeded($"`{name}` may hold at most {ActorFilterReader.MaxListLength} values; it has {items.Count}.");
    }

    private static HashSet<string> WithInner(string regionId, IReadOnlyList<Region> regions)
    {
        var children = regions.Where(r => r.ParentId is not null).ToLookup(r => r.ParentId!, r => r.Id, StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([regionId]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }
}
