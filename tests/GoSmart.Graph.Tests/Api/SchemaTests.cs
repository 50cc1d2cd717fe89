using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Tests.Support;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

public sealed class SchemaTests
{
    [Fact]
    public void Print_matches_the_reviewed_sdl_in_schema_folder()
    {
        var services = new ServiceCollection().AddLogging().AddGoSmartGraphQL().BuildServiceProvider();
        var schema = services.GetRequiredService<GoSmartSchema>();

        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        var path = Path.Combine(RepoPaths.Root, "schema", "gosmart.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1" && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(path, sdl);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with UPDATE_SCHEMA=1 and review it.");
        Assert.Equal(File.ReadAllText(path), sdl);
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var services = new ServiceCollection().AddLogging().AddGoSmartGraphQL().BuildServiceProvider();
        var schema = services.GetRequiredService<GoSmartSchema>();
        schema.Initialize();

        var missing = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not global::GraphQL.Types.ScalarGraphType)
            .SelectMany(t => (t.Description is null ? [t.Name] : Array.Empty<string>())
                .Concat(t is global::GraphQL.Types.IComplexGraphType c ? c.Fields.Where(f => f.Description is null).Select(f => $"{t.Name}.{f.Name}") : []))
            .ToList();

        Assert.Empty(missing);
    }
}
