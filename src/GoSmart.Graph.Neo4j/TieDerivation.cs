using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>
/// COLLABORATES_WITH from shared projects and declared ties, by the embedded store's rules: weight is the
/// number of shared projects (a declared tie without projects weighs 1), years span projects and declaration.
/// </summary>
internal static class TieDerivation
{
    public sealed record DerivedTie(string Actor, string Other, int Weight, int? FirstYear, int? LastYear, bool Declared, string? Evidence);

    public static List<DerivedTie> Derive(QueryResult shared, QueryResult declared)
    {
        var ties = new Dictionary<(string, string), (int Weight, int First, int Last, bool Declared, string? Evidence)>();
        foreach (var r in shared.Records)
        {
            var key = (r.String("actor"), r.String("other"));
            ties[key] = (r.Int("weight"), r.NullableInt("firstYear") ?? 0, r.NullableInt("lastYear") ?? 0, false, null);
        }

        foreach (var r in declared.Records)
        {
            var key = (r.String("actor"), r.String("other"));
            var t = ties.GetValueOrDefault(key, (0, 0, 0, false, null));
            var first = Min(Min(t.First, r.NullableInt("firstYear") ?? 0), r.NullableInt("lastYear") ?? 0);
            var last = Math.Max(Math.Max(t.Last, r.NullableInt("firstYear") ?? 0), r.NullableInt("lastYear") ?? 0);
            ties[key] = (t.Weight, first, last, true, r.NullableString("evidence"));
        }

        return [.. ties.Select(kv => new DerivedTie(
            kv.Key.Item1, kv.Key.Item2, Math.Max(kv.Value.Weight, 1),
            kv.Value.First > 0 ? kv.Value.First : null, kv.Value.Last > 0 ? kv.Value.Last : null,
            kv.Value.Declared, kv.Value.Evidence))];
    }

    /// <summary>The smaller known year; 0 means unknown.</summary>
    private static int Min(int a, int b) => a <= 0 ? b : b <= 0 ? a : Math.Min(a, b);
}
