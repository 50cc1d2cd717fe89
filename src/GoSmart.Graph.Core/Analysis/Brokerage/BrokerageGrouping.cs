namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>The attribute that puts actors into groups for Gould–Fernandez brokerage.</summary>
public enum BrokerageGrouping
{
    Country,
    Region,
    Kind,
    S3Domain,
}
