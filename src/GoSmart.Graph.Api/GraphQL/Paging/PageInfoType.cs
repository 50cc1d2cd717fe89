using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paging;

/// <summary>Relay's PageInfo of a page.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfoSource>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item, null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item, null for an empty page; pass it as `after` for the next page.").Resolve(c => c.Source.EndCursor);
    }
}
