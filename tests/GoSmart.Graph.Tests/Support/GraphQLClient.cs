using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Sends GraphQL over HTTP to a hosted service and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    /// <summary>Headers sent with every request of this client, e.g. <c>X-Api-Key</c>.</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public GraphQLClient WithApiKey(string key)
    {
        var client = new GraphQLClient(http);
        client.Headers["X-Api-Key"] = key;
        return client;
    }

    public GraphQLClient WithBearer(string token)
    {
        var client = new GraphQLClient(http);
        client.Headers["Authorization"] = "Bearer " + token;
        return client;
    }

    public HttpClient Http => http;

    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The data of a query that must succeed without errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        Assert.True(result["errors"] is null, $"errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/json")
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        return PostRawAsync(payload, "application/json", accept);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string accept = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string query, string accept = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd(accept);
        return http.SendAsync(request);
    }

    /// <summary>The <c>extensions.code</c> of every error in a response.</summary>
    public static async Task<IReadOnlyList<string>> ErrorCodesAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["errors"]!.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList();
    }
}
