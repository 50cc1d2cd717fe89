using System.Diagnostics;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

public sealed class RestartTests : IDisposable
{
    private const string StatsQuery = "{ stats { version actors projects collaborationPairs } }";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gosmart-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_keeps_every_change_and_does_not_seed_again()
    {
        var sme = new Actor("actor:gosmart-restart-test-sme", "Restart Test SME", ActorKind.Company, "PL", "region:PL84") { Sme = true, City = "Bialystok" };
        string before;
        using (var first = new GraphServiceFactory(_dataDirectory))
        {
            var client = new GraphQLClient(first.CreateClient());
            await client.DataAsync(StatsQuery);
            await first.Services.GetRequiredService<IGraphStore>().ApplyAsync(
                new GraphBatch { Actors = [sme], Participations = [new Participation(sme.Id, "project:rcn-210603", "participant")] },
                CancellationToken.None);
            before = (await client.DataAsync(StatsQuery))["stats"]!.ToJsonString();
        }

        using var second = new GraphServiceFactory(_dataDirectory);
        var restarted = new GraphQLClient(second.CreateClient());
        var after = (await restarted.DataAsync(StatsQuery))["stats"]!.ToJsonString();
        var actor = (await restarted.DataAsync("""{ actor(id: "actor:gosmart-restart-test-sme") { name sme projectCount } }"""))["actor"]!;

        Assert.Equal(before, after);
        Assert.Equal("Restart Test SME", actor["name"]!.GetValue<string>());
        Assert.Equal(1, actor["projectCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Restart_after_the_first_start_reads_the_index_image_not_the_tables()
    {
        using (var first = new GraphServiceFactory(_dataDirectory))
        {
            await new GraphQLClient(first.CreateClient()).DataAsync(StatsQuery);
            var seeded = (EmbeddedGraphStore)first.Services.GetRequiredService<GraphStoreHolder>().Store;
            Assert.Equal(OpenPhase.ImageWritten, (await seeded.IndexImageSaving)?.Name);
        }

        using var second = new GraphServiceFactory(_dataDirectory);
        await new GraphQLClient(second.CreateClient()).DataAsync(StatsQuery);
        var phases = ((EmbeddedGraphStore)second.Services.GetRequiredService<GraphStoreHolder>().Store).OpenPhases.Select(p => p.Name).ToList();

        Assert.Contains(OpenPhase.ImageRead, phases);
        Assert.DoesNotContain(OpenPhase.ImageMissing, phases);
    }

    [Fact]
    public async Task Service_on_a_store_another_process_holds_exits_with_one_line_that_says_why()
    {
        await using var open = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = _dataDirectory }, CancellationToken.None);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "GoSmart.Graph.Api.dll"), "--urls", "http://127.0.0.1:0",
            $"--GraphStore:DataDirectory={_dataDirectory}", "--Logging:LogLevel:Default=None",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var service = Process.Start(start)!;
        var output = service.StandardOutput.ReadToEndAsync();
        var error = service.StandardError.ReadToEndAsync();
        await service.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, service.ExitCode);
        Assert.Equal(
            $"GoSmart Graph did not start: The store in {_dataDirectory} is open in another process (the service or a gosmart-graph command): stop that process first, or give another data folder.",
            (await error).Trim());
        Assert.Equal(string.Empty, (await output).Trim());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
