namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>A sparse accumulator for one thread's tie derivation: arrays sized to the actor count, reset after each actor.</summary>
internal sealed class TieScratch(int actorCount)
{
    private readonly int[] weights = new int[actorCount];
    private readonly int[] firstYears = new int[actorCount];
    private readonly int[] lastYears = new int[actorCount];
    private readonly List<int> others = [];

    public Tie[] Compute(IAdjacencyView view, int actor)
    {
        var projects = view.ProjectsOf(actor);
        var declared = view.DeclaredPartnersOf(actor);
        var declaredYears = view.DeclaredYearsOf(actor);
        if (projects.Length == 0)
        {
            // Only declared ties: they are the ties, already sorted by partner.
            var only = new Tie[declared.Length];
            for (var k = 0; k < declared.Length; k++)
            {
                var (first, last) = (declaredYears[k].First, declaredYears[k].Last);
                only[k] = new Tie(declared[k], 1, first == 0 || (last != 0 && last < first) ? last : first, Math.Max(first, last), true);
            }

            return only;
        }

        foreach (var p in projects)
        {
            var year = view.StartYear(p);
            foreach (var b in view.ActorsOf(p))
            {
                if (b == actor)
                {
                    continue;
                }

                Touch(b);
                weights[b]++;
                AddYear(b, year);
            }
        }

        for (var k = 0; k < declared.Length; k++)
        {
            var b = declared[k];
            Touch(b);
            AddYear(b, declaredYears[k].First);
            AddYear(b, declaredYears[k].Last);
        }

        others.Sort();
        var ties = new Tie[others.Count];
        for (var k = 0; k < others.Count; k++)
        {
            var b = others[k];
            var isDeclared = declared.Length > 0 && Array.BinarySearch(declared, b) >= 0;
            var first = firstYears[b] == int.MaxValue ? 0 : firstYears[b];
            ties[k] = new Tie(b, Math.Max(weights[b], 1), (ushort)first, (ushort)lastYears[b], isDeclared);
            weights[b] = 0;
            firstYears[b] = 0;
        }

        others.Clear();
        return ties;
    }

    private void Touch(int b)
    {
        if (firstYears[b] == 0)
        {
            others.Add(b);
            firstYears[b] = int.MaxValue;
            lastYears[b] = 0;
        }
    }

    private void AddYear(int b, int year)
    {
        if (year > 0)
        {
            firstYears[b] = Math.Min(firstYears[b], year);
            lastYears[b] = Math.Max(lastYears[b], year);
        }
    }
}
