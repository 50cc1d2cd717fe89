using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One recorded change to the graph.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Increases with every entry; pass it as `before` for the next page.").Resolve(c => (int)c.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("at").Description("When, ISO 8601 UTC.").Resolve(c => c.Source.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("principal").Description("The name of the credential that made the change.").Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. `upsertActor`.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<StringGraphType>>("targetId").Description("The node or relationship changed, e.g. `actor:acme` or `actor:a|actor:b`.").Resolve(c => c.Source.TargetId);
        Field<StringGraphType>("before").Description("The state before, as JSON; null when it did not exist.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The state after, as JSON; null when removed.").Resolve(c => c.Source.After);
    }
}
