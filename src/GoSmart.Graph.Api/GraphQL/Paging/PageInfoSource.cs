using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Paging;

public sealed record PageInfoSource(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfoSource Of<T>(Page<T> page) => new(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor);
}
