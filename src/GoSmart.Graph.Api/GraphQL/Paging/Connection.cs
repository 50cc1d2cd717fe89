using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Paging;

/// <summary>A page plus, when a client asks for <c>totalCount</c>, the way to count the whole list.</summary>
public sealed record Connection<T>(Page<T> Page, Func<CancellationToken, Task<int>> CountAsync);
