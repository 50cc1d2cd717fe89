using System.Globalization;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Synthetic;

/// <summary>
/// A seeded synthetic collaboration network shaped like the CORDIS one: 31 countries with NUTS-2-like
/// regions, quadruple-helix kinds, the 15 S3 domains, a heavy-tailed degree distribution and local ties.
/// </summary>
/// <remarks>
/// Chung and Lu (2002) expected-degree model: every actor gets a weight w = U^(-1/(γ-1)) (Pareto, γ =
/// <see cref="SyntheticOptions.DegreeExponent"/>, research actors doubled: universities are the hubs of
/// framework-programme networks), capped at √(Σw) so that no pair is expected more than once. Each
/// tie picks one end with probability ∝ w, then the other ∝ w among the actors of the same region
/// (<see cref="SyntheticOptions.RegionalShare"/>), the same country
/// (<see cref="SyntheticOptions.NationalShare"/>) or another country (the rest). Self loops and repeated
/// pairs are redrawn, so the graph is simple with exactly <see cref="SyntheticOptions.TieCount"/> ties.
/// Actors are numbered region by region. Pairs are drawn from one xoshiro256** stream; every attribute
/// (names, kinds, domains, tie weights and years) is a SplitMix64 hash of (seed, index), so
/// <see cref="Actors"/> and <see cref="Ties"/> stream without holding records. Memory: 8 bytes per tie
/// plus 20 per actor. Generation is O(m log n).
/// </remarks>
public sealed class SyntheticNetwork
{
    private const ulong KindStream = 1;
    private const ulong WeightStream = 2;
    private const ulong NameStream = 3;
    private const ulong DomainStream = 4;
    private const ulong TieStream = 5;
    private const ulong MemberStream = 6;
    private const ulong RegionStream = 7;

    private static readonly string[] Syllables =
    [
        "ka", "lin", "vor", "ne", "sa", "tu", "mar", "bel", "ri", "os", "han", "va", "dor", "el", "mi", "sko",
        "ber", "lu", "ta", "gen", "ro", "vik", "an", "sel", "po", "lek", "da", "fin", "ja", "mo", "ur", "zen",
    ];

    private static readonly string[] CompanyWords = ["Technologies", "Systems", "Solutions", "Foods", "Energy", "Labs", "Robotics", "Materials"];
    private static readonly string[] ResearchWords = ["University of", "Institute of", "Research Centre", "University of Applied Sciences"];

    private readonly SyntheticOptions options;
    private readonly SyntheticRegion[] regions;
    private readonly int[] regionCountry;
    private readonly int[] regionStart;
    private readonly ActorKind[] kinds;
    private readonly long[] pairs;

    private SyntheticNetwork(SyntheticOptions options, SyntheticRegion[] regions, int[] regionCountry, int[] regionStart, ActorKind[] kinds, long[] pairs)
    {
        this.options = options;
        this.regions = regions;
        this.regionCountry = regionCountry;
        this.regionStart = regionStart;
        this.kinds = kinds;
        this.pairs = pairs;
    }

    public SyntheticOptions Options => options;

    public int ActorCount => options.Actors;

    public int TieCount => pairs.Length;

    public static IReadOnlyList<SyntheticCountry> Countries => SyntheticCountries.All;

    public IReadOnlyList<SyntheticRegion> Regions => regions;

    public static IReadOnlyList<string> DomainIds => SyntheticCountries.DomainIds;

    public static SyntheticNetwork Generate(SyntheticOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (regions, regionCountry) = LayOutRegions();
        var regionStart = SizeRegions(options, regionCountry);
        var kinds = new ActorKind[options.Actors];
        var cumulative = new double[options.Actors];
        Weigh(options, kinds, cumulative);
        var pairs = DrawPairs(options, regionCountry, regionStart, cumulative, cancellationToken);
        return new SyntheticNetwork(options, regions, regionCountry, regionStart, kinds, pairs);
    }

    public static string ActorId(int index) => "actor:syn-" + index.ToString(CultureInfo.InvariantCulture);

    public int RegionOf(int actor)
    {
        var r = Array.BinarySearch(regionStart, actor);
        if (r < 0)
        {
            return ~r - 1;
        }

        while (r + 1 < regionStart.Length && regionStart[r + 1] == actor)
        {
            r++;
        }

        return r;
    }

    public SyntheticActor Actor(int index)
    {
        if ((uint)index >= (uint)options.Actors)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var r = RegionOf(index);
        var region = regions[r];
        var kind = kinds[index];
        var seed = options.Seed;
        bool? sme = kind == ActorKind.Company ? SplitMix64.ToUnit(SplitMix64.Hash(seed, KindStream + 100, (ulong)index)) < 0.7 : null;
        return new SyntheticActor(index, ActorId(index), NameOf(index, kind), kind, sme, region.Country, region.Id, DomainsOf(index, r));
    }

    public IEnumerable<SyntheticActor> Actors()
    {
        for (var i = 0; i < options.Actors; i++)
        {
            yield return Actor(i);
        }
    }

    /// <summary>The ties, ordered by (A, B).</summary>
    public IEnumerable<SyntheticTie> Ties()
    {
        for (var e = 0; e < pairs.Length; e++)
        {
            yield return TieAt(e);
        }
    }

    public SyntheticTie TieAt(int position)
    {
        var key = pairs[position];
        var h = SplitMix64.Hash(options.Seed, TieStream, (ulong)key);
        var h2 = SplitMix64.Mix(h);

        // P(weight ≥ k) = k^-1.6: most pairs share one project, a few share dozens.
        var weight = (int)Math.Min(60, Math.Floor(PortableMath.Pow(1 - SplitMix64.ToUnit(h), -1 / 1.6)));
        var first = options.LastYear - 24 + (int)(SplitMix64.ToUnit(h2) * 25);
        var span = (int)(-PortableMath.Log(1 - SplitMix64.ToUnit(SplitMix64.Mix(h2))) * 2.5);
        return new SyntheticTie((int)(key >> 32), (int)(key & 0xFFFFFFFF), weight, first, Math.Min(options.LastYear, first + span));
    }

    /// <summary>MEMBER_OF ties: a share of companies joins an intermediary of its region, when it finds one.</summary>
    public IEnumerable<SyntheticMembership> Memberships()
    {
        for (var i = 0; i < options.Actors; i++)
        {
            if (kinds[i] != ActorKind.Company || SplitMix64.ToUnit(SplitMix64.Hash(options.Seed, MemberStream, (ulong)i)) >= options.MembershipShare)
            {
                continue;
            }

            var r = RegionOf(i);
            var start = regionStart[r];
            var size = regionStart[r + 1] - start;
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var c = start + (int)(SplitMix64.ToUnit(SplitMix64.Hash(options.Seed, MemberStream + 1, ((ulong)i << 3) | (uint)attempt)) * size);
                if (kinds[c] == ActorKind.Intermediary)
                {
                    yield return new SyntheticMembership(i, c);
                    break;
                }
            }
        }
    }

    /// <summary>The whole network as a <see cref="GraphSnapshot"/> (collaborations, memberships, ACTIVE_IN).</summary>
    public GraphSnapshot ToSnapshot(long version = 1)
    {
        var builder = new GraphSnapshotBuilder(version);
        foreach (var domain in DomainIds)
        {
            builder.AddDomainId(domain);
        }

        for (var i = 0; i < options.Actors; i++)
        {
            var r = regions[RegionOf(i)];
            builder.AddActor(ActorId(i), kinds[i], r.Country, r.Id);
            foreach (var d in DomainsOf(i, RegionOf(i)))
            {
                builder.AddDomain(i, d.DomainId, d.Weight);
            }
        }

        for (var e = 0; e < pairs.Length; e++)
        {
            var t = TieAt(e);
            builder.AddTie(t.A, t.B, t.Weight, t.FirstYear, t.LastYear);
        }

        foreach (var m in Memberships())
        {
            builder.AddMembership(m.Member, m.Cluster);
        }

        return builder.Build();
    }

    private static (SyntheticRegion[] Regions, int[] RegionCountry) LayOutRegions()
    {
        var list = new List<SyntheticRegion>();
        var country = new List<int>();
        for (var c = 0; c < SyntheticCountries.All.Count; c++)
        {
            var sc = SyntheticCountries.All[c];
            for (var r = 0; r < sc.RegionCount; r++)
            {
                var code = SyntheticCountries.RegionCode(sc, r);
                list.Add(new SyntheticRegion(Ids.Region(code), code, $"{sc.Name} {code}", sc.Code));
                country.Add(c);
            }
        }

        return (list.ToArray(), country.ToArray());
    }

    /// <summary>Region sizes ∝ country weight / regions × a factor in [0.4, 1.6) (capital-like regions are larger), by largest remainder.</summary>
    private static int[] SizeRegions(SyntheticOptions options, int[] regionCountry)
    {
        var n = regionCountry.Length;
        var share = new double[n];
        double total = 0;
        for (var r = 0; r < n; r++)
        {
            var c = SyntheticCountries.All[regionCountry[r]];
            share[r] = c.Weight / c.RegionCount * (0.4 + (1.2 * SplitMix64.ToUnit(SplitMix64.Hash(options.Seed, RegionStream, (ulong)r))));
            total += share[r];
        }

        var sizes = new int[n];
        var remainders = new double[n];
        var assigned = 0;
        for (var r = 0; r < n; r++)
        {
            var exact = share[r] / total * options.Actors;
            sizes[r] = (int)exact;
            remainders[r] = exact - sizes[r];
            assigned += sizes[r];
        }

        var order = new int[n];
        for (var r = 0; r < n; r++)
        {
            order[r] = r;
        }

        Array.Sort(order, (x, y) => remainders[y] != remainders[x] ? remainders[y].CompareTo(remainders[x]) : x.CompareTo(y));
        for (var k = 0; assigned < options.Actors; k = (k + 1) % n)
        {
            sizes[order[k]]++;
            assigned++;
        }

        var start = new int[n + 1];
        for (var r = 0; r < n; r++)
        {
            start[r + 1] = start[r] + sizes[r];
        }

        return start;
    }

    private static void Weigh(SyntheticOptions options, ActorKind[] kinds, double[] cumulative)
    {
        var n = options.Actors;
        var exponent = -1 / (options.DegreeExponent - 1);
        var weights = cumulative;
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            var k = SplitMix64.ToUnit(SplitMix64.Hash(options.Seed, KindStream, (ulong)i));
            kinds[i] = k < 0.55 ? ActorKind.Company : k < 0.77 ? ActorKind.Research : k < 0.85 ? ActorKind.Authority : ActorKind.Intermediary;
            var w = PortableMath.Pow(1 - SplitMix64.ToUnit(SplitMix64.Hash(options.Seed, WeightStream, (ulong)i)), exponent);
            weights[i] = kinds[i] == ActorKind.Research ? 2 * w : w;
            sum += weights[i];
        }

        // Expected degree = w × 2m / Σw; capping it at √(2m) keeps every pair's expected multiplicity ≤ 1.
        var cap = sum / Math.Sqrt(n * options.AverageDegree);
        double running = 0;
        for (var i = 0; i < n; i++)
        {
            running += Math.Min(weights[i], cap);
            cumulative[i] = running;
        }
    }

    private static long[] DrawPairs(SyntheticOptions options, int[] regionCountry, int[] regionStart, double[] cumulative, CancellationToken ct)
    {
        var m = (int)options.TieCount;
        var countryStart = new int[SyntheticCountries.All.Count + 1];
        for (var r = regionCountry.Length - 1; r >= 0; r--)
        {
            countryStart[regionCountry[r]] = regionStart[r];
        }

        countryStart[^1] = options.Actors;

        var regionOfActor = new ushort[options.Actors];
        for (var r = 0; r < regionCountry.Length; r++)
        {
            regionOfActor.AsSpan(regionStart[r], regionStart[r + 1] - regionStart[r]).Fill((ushort)r);
        }

        var rng = new Xoshiro256StarStar(options.Seed);
        var keys = Array.Empty<long>();
        while (keys.Length < m)
        {
            var chunk = new long[m - keys.Length];
            for (var filled = 0; filled < chunk.Length;)
            {
                if ((filled & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var a = Pick(cumulative, 0, options.Actors, rng.NextDouble());
                var r = regionOfActor[a];
                var c = regionCountry[r];
                var locality = rng.NextDouble();
                int b;
                if (locality < options.RegionalShare)
                {
                    b = Pick(cumulative, regionStart[r], regionStart[r + 1], rng.NextDouble());
                }
                else if (locality < options.RegionalShare + options.NationalShare)
                {
                    b = Pick(cumulative, countryStart[c], countryStart[c + 1], rng.NextDouble());
                }
                else
                {
                    b = Pick(cumulative, 0, options.Actors, rng.NextDouble());
                    for (var retry = 0; retry < 4 && regionCountry[regionOfActor[b]] == c; retry++)
                    {
                        b = Pick(cumulative, 0, options.Actors, rng.NextDouble());
                    }
                }

                if (a != b)
                {
                    chunk[filled++] = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
                }
            }

            Array.Sort(chunk);
            var unique = Unique(chunk);
            keys = Merge(keys, chunk.AsSpan(0, unique));
        }

        return keys;
    }

    /// <summary>The actor in [from, to) whose cumulative-weight interval holds u × (weight of the range).</summary>
    private static int Pick(double[] cumulative, int from, int to, double u)
    {
        var low = from == 0 ? 0 : cumulative[from - 1];
        var target = low + (u * (cumulative[to - 1] - low));
        int lo = from, hi = to - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static int Unique(long[] sorted)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var w = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[w - 1])
            {
                sorted[w++] = sorted[i];
            }
        }

        return w;
    }

    private static long[] Merge(long[] left, ReadOnlySpan<long> right)
    {
        if (left.Length == 0)
        {
            return right.ToArray();
        }

        var result = new long[left.Length + right.Length];
        int i = 0, j = 0, w = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] < right[j])
            {
                result[w++] = left[i++];
            }
            else if (left[i] > right[j])
            {
                result[w++] = right[j++];
            }
            else
            {
                result[w++] = left[i++];
                j++;
            }
        }

        while (i < left.Length)
        {
            result[w++] = left[i++];
        }

        while (j < right.Length)
        {
            result[w++] = right[j++];
        }

        return w == result.Length ? result : result.AsSpan(0, w).ToArray();
    }

    private string NameOf(int index, ActorKind kind)
    {
        var h = SplitMix64.Hash(options.Seed, NameStream, (ulong)index);
        var parts = 2 + (int)(h % 2);
        var chars = new System.Text.StringBuilder();
        for (var p = 0; p < parts; p++)
        {
            h = SplitMix64.Mix(h);
            chars.Append(Syllables[(int)(h % (ulong)Syllables.Length)]);
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        var stem = chars.ToString();
        h = SplitMix64.Mix(h);
        return kind switch
        {
            ActorKind.Company => $"{stem} {CompanyWords[(int)(h % (ulong)CompanyWords.Length)]}",
            ActorKind.Research => ResearchWords[(int)(h % (ulong)ResearchWords.Length)] switch
            {
                "Research Centre" => $"{stem} Research Centre",
                var w => $"{w} {stem}",
            },
            ActorKind.Authority => $"{stem} Regional Council",
            _ => $"{stem} Innovation Cluster",
        };
    }

    /// <summary>One to three domains, two in three drawn from the three the region specialises in.</summary>
    private SyntheticActivity[] DomainsOf(int index, int region)
    {
        var seed = options.Seed;
        var domains = SyntheticCountries.DomainIds;
        var h = SplitMix64.Hash(seed, DomainStream, (ulong)index);
        var u = SplitMix64.ToUnit(h);
        var count = u < 0.5 ? 1 : u < 0.8 ? 2 : 3;
        Span<int> picked = stackalloc int[3];
        var n = 0;
        for (var attempt = 0; n < count && attempt < 12; attempt++)
        {
            h = SplitMix64.Mix(h);
            int d;
            if (SplitMix64.ToUnit(h) < 2.0 / 3)
            {
                var which = (int)(SplitMix64.Mix(h) % 3);
                d = (int)(SplitMix64.Hash(seed, DomainStream + 1, ((ulong)region * 3) + (ulong)which) % (ulong)domains.Count);
            }
            else
            {
                d = (int)(SplitMix64.Mix(h) % (ulong)domains.Count);
            }

            if (!picked[..n].Contains(d))
            {
                picked[n++] = d;
            }
        }

        var result = new SyntheticActivity[n];
        for (var k = 0; k < n; k++)
        {
            h = SplitMix64.Mix(h);
            result[k] = new SyntheticActivity(domains[picked[k]], 1 + (int)(-PortableMath.Log(1 - SplitMix64.ToUnit(h)) * 2));
        }

        return result;
    }
}
