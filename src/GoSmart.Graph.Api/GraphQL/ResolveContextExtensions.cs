using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL;

public static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    /// <summary>
    /// The open store as a corridor source, or null when it is not one. Read from the holder: the registered
    /// <see cref="IGraphStore"/> is the telemetry proxy, which implements the port alone.
    /// </summary>
    public static IPathCorridorSource? PathCorridorSource(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphStoreHolder>().Store as IPathCorridorSource;
}
