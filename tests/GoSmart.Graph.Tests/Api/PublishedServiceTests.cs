using System.Net;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>
/// The published service started the way operators start it: <c>dotnet GoSmart.Graph.Api.dll</c> from a
/// working directory that has nothing to do with it (a systemd unit's, a container's, a script's in /).
/// </summary>
public sealed class PublishedServiceTests(PublishedApi api) : IClassFixture<PublishedApi>
{
    [Fact]
    public async Task Published_service_started_elsewhere_with_ASPNETCORE_URLS_and_the_data_folder_by_environment_serves_its_pages_settings_and_data()
    {
        using var workingDirectory = new TempDirectory();
        using var data = new TempDirectory();
        var dataDirectory = Path.Combine(data.Path, "var", "lib", "gosmart-graph");
        var url = PublishedApi.FreeLoopbackUrl();

        await using var service = await api.StartAsync(
            workingDirectory.Path,
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = url, ["GraphStore__DataDirectory"] = dataDirectory },
            []);

        await AssertServesAsPublishedAsync(service, url);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "gosmart.db")), $"no store in {dataDirectory}:\n{service.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory.Path));
    }

    [Fact]
    public async Task Published_service_started_elsewhere_with_URLS_and_the_data_folder_on_the_command_line_serves_its_pages_settings_and_data()
    {
        using var workingDirectory = new TempDirectory();
        using var data = new TempDirectory();
        var url = PublishedApi.FreeLoopbackUrl();

        await using var service = await api.StartAsync(
            workingDirectory.Path,
            new Dictionary<string, string> { ["URLS"] = url },
            [$"--GraphStore:DataDirectory={data.Path}"]);

        await AssertServesAsPublishedAsync(service, url);
        Assert.True(File.Exists(Path.Combine(data.Path, "gosmart.db")), $"no store in {data.Path}:\n{service.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory.Path));
    }

    [Fact]
    public async Task Published_service_started_elsewhere_with_urls_on_the_command_line_keeps_its_relative_data_folder_in_its_own_folder()
    {
        using var workingDirectory = new TempDirectory();
        var url = PublishedApi.FreeLoopbackUrl();

        await using var service = await api.StartAsync(workingDirectory.Path, new Dictionary<string, string>(), ["--urls", url]);

        await AssertServesAsPublishedAsync(service, url);
        Assert.True(File.Exists(Path.Combine(api.Directory, "data", "gosmart.db")), $"no store in {api.Directory}/data:\n{service.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory.Path));
    }

    /// <summary>The pages, the settings of the published appsettings.json (anonymous reads off, a key, a root-field limit), readiness, and only the given address.</summary>
    private static async Task AssertServesAsPublishedAsync(ServiceProcess service, string url)
    {
        Assert.Equal([url], service.ListeningOn);
        using var http = await service.ClientWhenReadyAsync(url);
        var anonymous = new GraphQLClient(http);
        var reader = anonymous.WithApiKey(PublishedApi.ReaderKey);

        using var explorer = await GetAsync(http, "/", "text/html");
        Assert.Equal((HttpStatusCode.OK, "text/html"), (explorer.StatusCode, explorer.Content.Headers.ContentType?.MediaType));
        Assert.Contains("<title>", await explorer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ide = await GetAsync(http, "/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal((HttpStatusCode.OK, "text/html"), (ide.StatusCode, ide.Content.Headers.ContentType?.MediaType));

        using var refused = await anonymous.PostAsync("{ stats { actors } }");
        Assert.Contains("\"UNAUTHENTICATED\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stats = await reader.DataAsync("{ stats { actors version } }");
        Assert.Equal(6737, stats["stats"]!["actors"]!.GetValue<int>());

        using var overLimit = await reader.PostAsync("{ a: stats { actors } b: stats { actors } c: stats { actors } }");
        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(overLimit));

        var ready = await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal($"Healthy: store Embedded, ready, graph version {stats["stats"]!["version"]!.GetValue<string>()}.", ready);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return http.SendAsync(request);
    }
}
