using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;
using GraphQLParser.AST;
using Snapshooter;
using Snapshooter.Xunit;

namespace GoSmart.Graph.Tests.Api;

/// <summary>
/// The example queries of the README answer what their reviewed snapshots hold, so the README cannot rot.
/// Each example is named by its root fields (aliases where given), e.g. <c>learning-advanced</c>; a second
/// example with the same fields gets <c>-2</c>.
/// </summary>
[Collection(SeededServiceGroup.Name)]
public sealed partial class ReadmeExamplesTests(SeededService service)
{
    private static readonly string[] BrokerExamples =
    [
        "actor", "search", "actors", "learning-advanced", "projects", "paths", "any-agriFood", "network",
        "countries-agriFoodRegions", "s3Overlap", "brokerage", "byDomain-byKind", "partnerSuggestions", "partnerSuggestions-2",
    ];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReadExamples().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_graphql_example_answers_as_its_snapshot(string example)
    {
        var name = Snapshot.FullName(new SnapshotNameExtension(example));
        var query = ReadExamples()[example];

        var answer = await service.Client.QueryAsync(query);

        Assert.Null(answer["errors"]);
        JsonSnapshot.Match(answer["data"]!, name);
    }

    [Fact]
    public void Readme_has_the_broker_examples()
    {
        var examples = ReadExamples();

        Assert.Equal(BrokerExamples, examples.Keys);
    }

    private static Dictionary<string, string> ReadExamples()
    {
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))))
        {
            var query = block.Groups[1].Value;
            var operation = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().Single();
            var name = string.Join('-', operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => (f.Alias?.Name ?? f.Name).StringValue));
            var unique = name;
            for (var n = 2; examples.ContainsKey(unique); n++)
            {
                unique = $"{name}-{n}";
            }

            examples.Add(unique, query);
        }

        return examples;
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
