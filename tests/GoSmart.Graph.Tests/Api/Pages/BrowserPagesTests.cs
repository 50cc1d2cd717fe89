using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.Pages;

/// <summary>How the service serves its browser pages over HTTP (what a browser does with them: Browser/).</summary>
[Collection(SeededServiceGroup.Name)]
public sealed partial class BrowserPagesTests(SeededService service)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private readonly HttpClient _http = service.Client.Http;

    [Fact]
    public async Task Root_serves_the_explorer_with_a_same_origin_content_security_policy()
    {
        using var response = await GetAsync("/", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/ui/explorer.js\"></script>", body, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrowserAccept)]
    [InlineData("text/html")]
    [InlineData("application/json;q=0.5, text/html")]
    public async Task A_get_on_the_endpoint_that_prefers_html_serves_the_ide(string accept)
    {
        using var response = await GetAsync("/graphql", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/ui/graphiql.js\"></script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json, text/html;q=0.5")]
    [InlineData("text/html, application/json")]
    public async Task A_get_that_does_not_prefer_html_still_reaches_graphql(string accept)
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { actors } }"), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"actors\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_from_a_browser_is_a_graphql_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ stats { actors } }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"actors\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ui/explorer.js", "text/javascript")]
    [InlineData("/ui/explorer.css", "text/css")]
    [InlineData("/ui/graphiql.js", "text/javascript")]
    [InlineData("/ui/graphiql.css", "text/css")]
    public async Task The_bundle_is_served_with_its_type_and_revalidated(string path, string mediaType)
    {
        using var response = await GetAsync(path, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoCache, "no-cache: the bundle's names carry no hash");
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/ui/../appsettings.json")]
    [InlineData("/ui/%2e%2e/appsettings.json")]
    [InlineData("/ui/missing.js")]
    [InlineData("/appsettings.json")]
    public async Task Nothing_outside_the_bundle_is_served(string path)
    {
        using var response = await GetAsync(path, "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void The_pages_reference_nothing_on_another_origin()
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "GoSmart.Graph.Api", "wwwroot", "ui");
        foreach (var page in new[] { "explorer.html", "graphiql.html" })
        {
            var html = File.ReadAllText(Path.Combine(folder, page));
            var references = ReferenceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
            Assert.NotEmpty(references);
            Assert.All(references, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
                $"{page} references {url}"));
        }

        foreach (var css in new[] { "explorer.css", "graphiql.css" })
        {
            var text = File.ReadAllText(Path.Combine(folder, css));
            Assert.DoesNotMatch(ExternalCssUrl(), text);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _http.SendAsync(request);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceAttribute();

    [GeneratedRegex(@"(?:url\(|@import)\s*['""]?(?:https?:)?//", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExternalCssUrl();
}
