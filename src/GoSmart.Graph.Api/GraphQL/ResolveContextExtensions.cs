using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Core.Storage;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL;

public static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();
}
