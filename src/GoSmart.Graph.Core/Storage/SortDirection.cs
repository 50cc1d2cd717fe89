namespace GoSmart.Graph.Core.Storage;

public enum SortDirection
{
    Ascending,
    Descending,
}
