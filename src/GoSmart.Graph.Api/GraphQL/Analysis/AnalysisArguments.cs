using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Storage;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Analysis;

/// <summary>Checks the typed ids the analytics fields take and finds them, with errors a person can act on.</summary>
public static class AnalysisArguments
{
    /// <summary>A well-formed id with the prefix, else BAD_USER_INPUT.</summary>
    public static string TypedId(string? value, string prefix, string argument, string example)
    {
        var id = value ?? string.Empty;
        if (id.Length > GoSmartQuery.MaxIdLength)
        {
            throw new UserInputError($"`{argument}` is {id.Length} characters long; ids are at most {GoSmartQuery.MaxIdLength}.");
        }

        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length)
        {
            throw new UserInputError($"`{argument}` takes an id such as `{example}`; `{ActorFilterReader.Shorten(id)}` is not one.");
        }

        return id;
    }

    public static string Country(string? value, string argument)
    {
        var code = value ?? string.Empty;
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new UserInputError($"`{argument}` takes an ISO 3166-1 alpha-2 code such as `PL` or `DE`; `{ActorFilterReader.Shorten(code)}` is not one.");
        }

        return code;
    }

    /// <summary>Checks that the region exists (NOT_FOUND).</summary>
    public static void RequireRegion(RegionHierarchy regions, string regionId, string argument)
    {
        if (!regions.Contains(regionId))
        {
            throw UserInputError.NotFound($"`{argument}`: there is no region `{regionId}`; `regions` lists them (e.g. `region:PL84`, `region:DE`).");
        }
    }

    /// <summary>Checks that the S3 domain exists (NOT_FOUND).</summary>
    public static async Task RequireDomainAsync(IResolveFieldContext context, string domainId, string argument)
    {
        var found = await context.Store().GetDomainsAsync([domainId], context.CancellationToken).ConfigureAwait(false);
        if (!found.ContainsKey(domainId))
        {
            throw UserInputError.NotFound($"`{argument}`: there is no S3 domain `{domainId}`; `s3Domains` lists them (e.g. `domain:agri-food`).");
        }
    }

    /// <summary>The store's regions, read once per request.</summary>
    public static async Task<RegionHierarchy> RegionsAsync(IResolveFieldContext context) =>
        new(await context.Loaders().AllRegionsAsync(context.CancellationToken).ConfigureAwait(false));

    public static Task<GraphSnapshot> SnapshotAsync(IResolveFieldContext context) => context.Store().GetSnapshotAsync(context.CancellationToken);
}
