using System.Reflection;
using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Tests.Api;

/// <summary>A bug in a resolver: the client gets INTERNAL_SERVER_ERROR with the request id and nothing of the exception; the log the stack with that id.</summary>
public sealed class UnhandledErrorTests
{
    [Fact]
    public async Task A_failing_resolver_answers_internal_error_with_the_request_id_and_logs_the_stack_under_it()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = new GraphServiceFactory(seed: false, wrapStore: FaultingStatsStore.Wrap, configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();
        var graph = new GraphQLClient(client);

        var answer = await graph.PostAsync("{ stats { actors } }");

        var requestId = Assert.Single(answer.Headers.GetValues("X-Request-Id"));
        var error = Assert.Single(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.Contains($"quote request id {requestId}", message, StringComparison.Ordinal);
        Assert.DoesNotContain(FaultingStatsStore.Secret, error.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", error.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["stats"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var line = Assert.Single(logs.Lines, l => l.Contains("Unhandled error in field stats", StringComparison.Ordinal));
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains($"(request {requestId})", line, StringComparison.Ordinal);
        Assert.Contains(FaultingStatsStore.Secret, line, StringComparison.Ordinal);
        Assert.Contains("   at ", line, StringComparison.Ordinal);
    }

    /// <summary>A store whose <c>GetStatsAsync</c> fails as a bug would; every other call passes through.</summary>
    public class FaultingStatsStore : DispatchProxy
    {
        public const string Secret = "row 17 of the secret table";

        private IGraphStore? inner;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var store = Create<IGraphStore, FaultingStatsStore>();
            ((FaultingStatsStore)(object)store).inner = inner;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(IGraphStore.GetStatsAsync)
                ? Task.FromException<GraphStats>(new InvalidOperationException(Secret))
                : targetMethod.Invoke(inner, args);
    }
}
