using GoSmart.Graph.Core.Exchange;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class PairSetTests
{
    [Fact]
    public void Add_answers_as_a_hash_set_does_through_growth_and_for_every_key()
    {
        var random = new Random(7);
        var set = new PairSet();
        var reference = new HashSet<long>();
        long[] special = [0, long.MinValue, long.MaxValue, -1, 1L << 32];

        foreach (var key in special.Concat(Enumerable.Range(0, 300_000).Select(_ => ((long)random.Next(2_000) << 32) | (uint)random.Next(2_000))).Concat(special))
        {
            Assert.Equal(reference.Add(key), set.Add(key));
        }

        Assert.Equal(reference.Count, set.Count);
    }
}
