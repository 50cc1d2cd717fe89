using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// Builds a <see cref="GraphSnapshot"/>: add actors (you get a local index back), then ties,
/// memberships and domains between those indexes; <see cref="Build"/> sorts the actors by id and lays
/// everything out as sorted CSR arrays. Used by the stores, the synthetic generator and tests.
/// </summary>
/// <remarks>Ties are undirected and added once per pair; a repeated pair keeps the first. Not thread-safe.</remarks>
public sealed class GraphSnapshotBuilder
{
    private readonly long version;
    private readonly List<string> ids = [];
    private readonly List<ActorKind> kinds = [];
    private readonly List<string> countries = [];
    private readonly List<string> regions = [];
    private readonly Dictionary<string, int> domainIndex = new(StringComparer.Ordinal);
    private readonly List<string> domainIds = [];
    private readonly IntColumns ties = new(5);
    private readonly IntColumns memberships = new(2);
    private readonly IntColumns domains = new(3);
    private bool[] declared = new bool[16];

    public GraphSnapshotBuilder(long version) => this.version = version;

    public int ActorCount => ids.Count;

    public int AddActor(string id, ActorKind kind, string country, string regionId)
    {
        ArgumentNullException.ThrowIfNull(id);
        ids.Add(id);
        kinds.Add(kind);
        countries.Add(country);
        regions.Add(regionId);
        return ids.Count - 1;
    }

    /// <summary>Adds the undirected tie a–b (years 0 when unknown).</summary>
    public void AddTie(int a, int b, int weight, int firstYear, int lastYear, bool isDeclared = false)
    {
        CheckActor(a);
        CheckActor(b);
        if (a == b)
        {
            throw new ArgumentException("A tie needs two different actors.", nameof(b));
        }

        var row = ties.Add(a, b, weight, firstYear, lastYear);
        if (row == declared.Length)
        {
            Array.Resize(ref declared, declared.Length * 2);
        }

        declared[row] = isDeclared;
    }

    /// <summary>Adds MEMBER_OF between a member and a cluster (travelled both ways).</summary>
    public void AddMembership(int member, int cluster)
    {
        CheckActor(member);
        CheckActor(cluster);
        if (member != cluster)
        {
            memberships.Add(member, cluster);
        }
    }

    /// <summary>Adds ACTIVE_IN; a repeated (actor, domain) keeps the larger weight.</summary>
    public void AddDomain(int actor, string domainId, int weight)
    {
        CheckActor(actor);
        ArgumentNullException.ThrowIfNull(domainId);
        if (!domainIndex.TryGetValue(domainId, out var d))
        {
            d = domainIds.Count;
            domainIndex.Add(domainId, d);
            domainIds.Add(domainId);
        }

        domains.Add(actor, d, weight);
    }

    /// <summary>Also registers a domain nobody is active in, so <see cref="GraphSnapshot.DomainIds"/> lists it.</summary>
    public void AddDomainId(string domainId)
    {
        if (!domainIndex.ContainsKey(domainId))
        {
            domainIndex.Add(domainId, domainIds.Count);
            domainIds.Add(domainId);
        }
    }

    public GraphSnapshot Build()
    {
        var n = ids.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var idArray = ids.ToArray();
        Array.Sort(idArray, order, StringComparer.Ordinal);
        for (var k = 1; k < n; k++)
        {
            if (string.Equals(idArray[k - 1], idArray[k], StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The actor `{idArray[k]}` was added twice.");
            }
        }

        var position = new int[n];
        for (var k = 0; k < n; k++)
        {
            position[order[k]] = k;
        }

        var sortedDomains = domainIds.ToArray();
        var domainOrder = Enumerable.Range(0, sortedDomains.Length).ToArray();
        Array.Sort(sortedDomains, domainOrder, StringComparer.Ordinal);
        var domainPosition = new int[sortedDomains.Length];
        for (var k = 0; k < sortedDomains.Length; k++)
        {
            domainPosition[domainOrder[k]] = k;
        }

        var (offsets, tieRows, tieOthers) = Csr(n, ties, position, undirected: true);
        var m = tieRows.Length;
        var weights = new int[m];
        var firstYears = new int[m];
        var lastYears = new int[m];
        var declaredFlags = new bool[m];
        for (var e = 0; e < m; e++)
        {
            var row = tieRows[e];
            weights[e] = ties[row, 2];
            firstYears[e] = ties[row, 3];
            lastYears[e] = ties[row, 4];
            declaredFlags[e] = declared[row];
        }

        var (memberOffsets, _, members) = Csr(n, memberships, position, undirected: true);
        var (domainOffsets, domainRows, _) = Csr(n, domains, position, undirected: false);
        var actorDomains = new int[domainRows.Length];
        var actorDomainWeights = new int[domainRows.Length];
        for (var e = 0; e < domainRows.Length; e++)
        {
            actorDomains[e] = domainPosition[domains[domainRows[e], 1]];
            actorDomainWeights[e] = domains[domainRows[e], 2];
        }

        SortRuns(domainOffsets, actorDomains, actorDomainWeights, n);
        var (dOffsets, dValues, dWeights) = Dedupe(domainOffsets, actorDomains, actorDomainWeights, n, keepMax: true);
        var (tOffsets, tKeep) = DedupeIndex(offsets, tieOthers, n);
        var (mOffsets, mValues, _) = Dedupe(memberOffsets, members, new int[members.Length], n, keepMax: false);

        return new GraphSnapshot
        {
            Version = version,
            ActorIds = idArray,
            Kinds = order.Select(i => kinds[i]).ToArray(),
            Countries = order.Select(i => countries[i]).ToArray(),
            RegionIds = order.Select(i => regions[i]).ToArray(),
            Offsets = tOffsets,
            Neighbours = Pick(tieOthers, tKeep),
            Weights = Pick(weights, tKeep),
            FirstYears = Pick(firstYears, tKeep),
            LastYears = Pick(lastYears, tKeep),
            Declared = Pick(declaredFlags, tKeep),
            MemberOffsets = mOffsets,
            Members = mValues,
            DomainIds = sortedDomains,
            DomainOffsets = dOffsets,
            ActorDomains = dValues,
            ActorDomainWeights = dWeights,
        };
    }

    private void CheckActor(int i)
    {
        if ((uint)i >= (uint)ids.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(i), i, "Not an index returned by AddActor.");
        }
    }

    /// <summary>Counting sort of rows (columns 0 and 1 are the ends) into CSR by the sorted position of the source, others ascending.</summary>
    private static (int[] Offsets, int[] Rows, int[] Others) Csr(int n, IntColumns rows, int[] position, bool undirected)
    {
        var offsets = new int[n + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            offsets[position[rows[r, 0]] + 1]++;
            if (undirected)
            {
                offsets[position[rows[r, 1]] + 1]++;
            }
        }

        for (var k = 0; k < n; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var total = offsets[n];
        var rowOf = new int[total];
        var others = new int[total];
        var fill = (int[])offsets.Clone();
        for (var r = 0; r < rows.Count; r++)
        {
            var a = position[rows[r, 0]];
            var b = undirected ? position[rows[r, 1]] : rows[r, 1];
            var at = fill[a]++;
            rowOf[at] = r;
            others[at] = b;
            if (undirected)
            {
                at = fill[b]++;
                rowOf[at] = r;
                others[at] = a;
            }
        }

        if (undirected)
        {
            for (var k = 0; k < n; k++)
            {
                Array.Sort(others, rowOf, offsets[k], offsets[k + 1] - offsets[k]);

                // Array.Sort is unstable: order a repeated pair's rows so both ends keep the same (first) tie.
                for (int lo = offsets[k], hi; lo < offsets[k + 1]; lo = hi)
                {
                    for (hi = lo + 1; hi < offsets[k + 1] && others[hi] == others[lo]; hi++)
                    {
                    }

                    if (hi - lo > 1)
                    {
                        Array.Sort(rowOf, lo, hi - lo);
                    }
                }
            }
        }

        return (offsets, rowOf, others);
    }

    private static void SortRuns(int[] offsets, int[] keys, int[] values, int n)
    {
        for (var k = 0; k < n; k++)
        {
            Array.Sort(keys, values, offsets[k], offsets[k + 1] - offsets[k]);
        }
    }

    private static (int[] Offsets, int[] Keys, int[] Values) Dedupe(int[] offsets, int[] keys, int[] values, int n, bool keepMax)
    {
        var outOffsets = new int[n + 1];
        var outKeys = new List<int>(keys.Length);
        var outValues = new List<int>(keys.Length);
        for (var k = 0; k < n; k++)
        {
            for (var e = offsets[k]; e < offsets[k + 1]; e++)
            {
                if (e > offsets[k] && keys[e] == keys[e - 1])
                {
                    if (keepMax && values[e] > outValues[^1])
                    {
                        outValues[^1] = values[e];
                    }

                    continue;
                }

                outKeys.Add(keys[e]);
                outValues.Add(values[e]);
            }

            outOffsets[k + 1] = outKeys.Count;
        }

        return (outOffsets, outKeys.ToArray(), outValues.ToArray());
    }

    /// <summary>Keeps the first tie of each repeated pair; returns the new offsets and the kept positions.</summary>
    private static (int[] Offsets, int[] Keep) DedupeIndex(int[] offsets, int[] others, int n)
    {
        var outOffsets = new int[n + 1];
        var keep = new List<int>(others.Length);
        for (var k = 0; k < n; k++)
        {
            for (var e = offsets[k]; e < offsets[k + 1]; e++)
            {
                if (e == offsets[k] || others[e] != others[e - 1])
                {
                    keep.Add(e);
                }
            }

            outOffsets[k + 1] = keep.Count;
        }

        return (outOffsets, keep.ToArray());
    }

    private static T[] Pick<T>(T[] source, int[] keep)
    {
        if (keep.Length == source.Length)
        {
            return source;
        }

        var result = new T[keep.Length];
        for (var e = 0; e < keep.Length; e++)
        {
            result[e] = source[keep[e]];
        }

        return result;
    }

    /// <summary>A growable table of int columns, row-major, without an object per row.</summary>
    private sealed class IntColumns(int width)
    {
        private int[] data = new int[16 * width];

        public int Count { get; private set; }

        public int this[int row, int column] => data[(row * width) + column];

        public int Add(params ReadOnlySpan<int> values)
        {
            if ((Count + 1) * width > data.Length)
            {
                Array.Resize(ref data, data.Length * 2);
            }

            values.CopyTo(data.AsSpan(Count * width, width));
            return Count++;
        }
    }
}
