namespace GoSmart.Graph.Api.GraphQL.Paging;

public interface IPageInfoSource
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
