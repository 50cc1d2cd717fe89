using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>The example queries of the README run without errors, so the README cannot rot.</summary>
[Collection(SeededServiceGroup.Name)]
public sealed partial class ReadmeExamplesTests(SeededService service)
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ReadExamples().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_graphql_example_runs_without_errors(int example)
    {
        var query = ReadExamples()[example];

        var data = await service.Client.DataAsync(query);

        Assert.NotNull(data);
    }

    [Fact]
    public void Readme_has_the_broker_examples()
    {
        Assert.True(ReadExamples().Count >= 5);
    }

    private static List<string> ReadExamples() =>
        GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))
            .Select(m => m.Groups[1].Value)
            .ToList();

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
