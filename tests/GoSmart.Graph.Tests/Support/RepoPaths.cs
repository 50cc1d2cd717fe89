namespace GoSmart.Graph.Tests.Support;

/// <summary>Paths in the repository, found from the test's output folder so tests run from any working directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>A fixture folder under tests/…/Support, copied beside the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Support", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoSmart.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GoSmart.Graph.sln above {AppContext.BaseDirectory}.");
    }
}
