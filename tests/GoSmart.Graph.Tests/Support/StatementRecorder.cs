using System.Collections.Concurrent;
using System.Text.Json;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Passes requests on and records every Cypher statement sent, with its parameter names.</summary>
public sealed class StatementRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentDictionary<string, SortedSet<string>> Statements { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            if (body.RootElement.TryGetProperty("statement", out var statement))
            {
                var names = Statements.GetOrAdd(statement.GetString()!, _ => new SortedSet<string>(StringComparer.Ordinal));
                if (body.RootElement.TryGetProperty("parameters", out var parameters))
                {
                    lock (names)
                    {
                        names.UnionWith(parameters.EnumerateObject().Select(p => p.Name));
                    }
                }
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
