using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "Ascending or descending.";
        Add("ASC", SortDirection.Ascending, "Smallest first (A to Z).");
        Add("DESC", SortDirection.Descending, "Largest first (Z to A).");
    }
}
