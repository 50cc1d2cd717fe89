using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paging;

/// <summary>A Relay connection: edges, nodes, pageInfo, and totalCount computed only when selected.</summary>
public abstract class ConnectionType<TEdgeType, TNodeType, T> : ObjectGraphType<Connection<T>>
    where TEdgeType : IGraphType
    where TNodeType : IGraphType
{
    protected ConnectionType(string name, string what, Func<IResolveFieldContext<Connection<T>>, object?> nodes)
    {
        Name = name;
        Description = $"A page of {what} (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description($"The {what} of this page with their cursors.")
            .Resolve(c => c.Source.Page.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description($"The {what} of this page, without cursors.")
            .Resolve(nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Cursors and whether more pages exist.")
            .Resolve(c => PageInfoSource.Of(c.Source.Page));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description($"How many {what} the whole list holds; counted only when asked for.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
