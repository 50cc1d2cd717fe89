using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Builds a <see cref="GraphSnapshot"/> from a few lines, ids without a prefix getting <c>actor:</c>: <c>new SnapshotBuilder().Actor("a", "PL").Tie("a", "b", 2)</c>.</summary>
public sealed class SnapshotBuilder
{
    private readonly GraphSnapshotBuilder builder = new(1);
    private readonly Dictionary<string, int> nodes = new(StringComparer.Ordinal);

    public SnapshotBuilder Actor(string id, string country = "DE", ActorKind kind = ActorKind.Company)
    {
        nodes.Add(GraphBuilder.A(id), builder.AddActor(GraphBuilder.A(id), kind, country, Ids.Region(country)));
        return this;
    }

    /// <summary>A collaboration of <paramref name="weight"/> shared projects, active from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public SnapshotBuilder Tie(string a, string b, int weight = 1, int firstYear = 2018, int lastYear = 2020)
    {
        builder.AddTie(nodes[GraphBuilder.A(a)], nodes[GraphBuilder.A(b)], weight, firstYear, lastYear);
        return this;
    }

    public SnapshotBuilder Member(string member, string cluster)
    {
        builder.AddMembership(nodes[GraphBuilder.A(member)], nodes[GraphBuilder.A(cluster)]);
        return this;
    }

    public SnapshotBuilder ActiveIn(string actor, params string[] domains)
    {
        foreach (var d in domains)
        {
            builder.AddDomain(nodes[GraphBuilder.A(actor)], GraphBuilder.D(d), 1);
        }

        return this;
    }

    public GraphSnapshot Build() => builder.Build();
}
