using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Analysis;

/// <summary>How the analyses group actors; the values are the names as strings, each feature maps them to its own Core type.</summary>
public sealed class GroupByType : EnumerationGraphType
{
    public GroupByType()
    {
        Name = "GroupBy";
        Description = "How actors are grouped.";
        Add("COUNTRY", "COUNTRY", "By country (ISO 3166-1 alpha-2).");
        Add("REGION", "REGION", "By the region an actor is located in: its NUTS-2 region where known, else its country.");
        Add("KIND", "KIND", "By actor kind: company, research, authority, intermediary.");
        Add("S3_DOMAIN", "S3_DOMAIN", "By S3 domain.");
    }
}
