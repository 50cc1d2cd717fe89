using System.Diagnostics;
using System.Text.Json;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Export;
using GoSmart.Graph.Tests.Support;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends is checked by Neo4j's own parser and semantic analysis
/// (npm @neo4j-cypher/language-support, CYPHER 5): syntax errors, undefined variables and parameters,
/// unknown functions, labels, types and properties, type errors and deprecations all fail.
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jCypherLintTests(QueryApiServerFixture server, ITestOutputHelper output)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly string[] PropertyKeys =
    [
        "id", "name", "kind", "country", "regionId", "alternativeNames", "alternativeNamesText", "shortName", "sme", "city", "website", "pic",
        "nameFolded", "nameKey", "otherNamesKey", "namesFolded", "searchTokens", "degree", "projectCount", "domainIds", "derivedDomainIds", "derivedDomainWeights",
        "acronym", "title", "programme", "programmeParts", "textFolded", "startDate", "endDate", "startYear", "topicCode", "url", "s3DomainIds",
        "participantCount", "participantCountries", "code", "level", "parentId", "gosmartRole", "description", "role", "contribution",
        "firstYear", "lastYear", "evidence", "weight", "declared", "source", "priority", "key", "value",
        "first", "second", "actorId", "domainId", "projectId", "memberId", "clusterId",
        "sequence", "at", "principal", "operation", "targetId", "before", "after",
    ];

    [Fact]
    public async Task Every_statement_the_store_sends_passes_neo4j_semantic_analysis()
    {
        var recorder = new StatementRecorder();
        using var export = new TempDirectory();
        var options = server.NewDatabase("lint");
        await using (var store = await Neo4jGraphStore.OpenAsync(options, recorder, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
            await store.ApplyAsync(new GraphBuilder().Actor("g", "Late Actor").Participation("g", "p1").Build(), Ct);
            await StoreDescription.DescribeAsync(store);
            var ends = await store.GetActorsAsync(["actor:a", "actor:c"], Ct);
            await PathCorridor.ReadAsync(store, ends["actor:a"], ends["actor:c"], 3, PathConstraints.Default with
            {
                Via = [RelationKind.Collaboration, RelationKind.Membership],
                IntermediaryKinds = [ActorKind.Research],
                IntermediaryDomain = "domain:ict",
                Avoid = ["actor:f"],
                SinceYear = 2015,
            }, 1_000, Ct);
            await store.QueryActorsAsync(new ActorQuery(null, [], new PageRequest(Last: 2, Before: (await store.QueryActorsAsync(new ActorQuery(null, [], PageRequest.FirstN(3)), Ct)).EndCursor)), Ct);
            await GraphExport.WriteAsync(store, export.Path, Ct);
            var audit = new AuditEntry(0, DateTimeOffset.UnixEpoch, "lint", "removeActor", "actor:c");
            await store.ApplyAsync(new GraphBatch
            {
                Removals = new GraphRemovals
                {
                    ActorIds = ["actor:c"],
                    Participations = [new ParticipationKey("actor:a", "project:p1")],
                    DeclaredCollaborations = [new ActorPair("actor:a", "actor:d")],
                    Memberships = [new Membership("actor:e", "actor:d")],
                    DeclaredDomains = [new ActorDomainKey("actor:f", "domain:ict")],
                },
                Audit = [audit],
            }, Ct);
            await store.GetAuditLogAsync(new AuditQuery(5, 10, "actor:c"), Ct);
        }

        // Reopened as a database an older version wrote (no otherNamesKey): the backfill's statements run too.
        using (var raw = new GoSmart.Graph.Neo4j.Http.QueryApiClient(options))
        {
            await raw.RunAsync(new GoSmart.Graph.Neo4j.Http.Statement("MATCH (a:Actor {id: 'actor:a'}) REMOVE a.otherNamesKey RETURN count(a) AS n"), GoSmart.Graph.Neo4j.Http.AccessMode.Write, Ct);
            await raw.RunAsync(new GoSmart.Graph.Neo4j.Http.Statement("MATCH (s:GraphVersion {key: 'searchKeys'}) DELETE s RETURN count(*) AS n"), GoSmart.Graph.Neo4j.Http.AccessMode.Write, Ct);
        }

        var reopened = new StatementRecorder();
        await (await Neo4jGraphStore.OpenAsync(options, reopened, Ct)).DisposeAsync();
        foreach (var (statement, parameters) in reopened.Statements)
        {
            recorder.Statements.TryAdd(statement, parameters);
        }

        var statements = recorder.Statements.ToArray();
        var script = File.ReadAllText(Path.Combine(export.Path, "gosmart.cypher"))
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith("//", StringComparison.Ordinal))
            .Select(s => new { statement = s, parameters = Array.Empty<string>() })
            .Append(new { statement = GraphSchema.DeleteEverything, parameters = Array.Empty<string>() });

        var lint = await LintAsync(statements.Select(s => new { statement = s.Key, parameters = s.Value.ToArray() }).Concat(script));
        output.WriteLine($"{statements.Length} distinct statements the store sent and {lint.Length - statements.Length} of the export script and the live check linted");
        var failures = lint.Where(r => r.Diagnostics.Length > 0)
            .Select(r => $"{r.Statement}\n  -> {string.Join("\n  -> ", r.Diagnostics.Select(d => d.Message))}").ToArray();
        Assert.True(failures.Length == 0, string.Join("\n\n", failures));
        Assert.True(statements.Length > 60, $"only {statements.Length} statements were recorded");
        Assert.Contains(GraphSchema.Setup[^1], recorder.Statements.Keys);
        var fixedStatements = typeof(Statements).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (Name: f.Name, Text: (string)f.GetRawConstantValue()!)).ToArray();
        var unsent = fixedStatements.Where(f => !recorder.Statements.ContainsKey(f.Text)).Select(f => f.Name).ToArray();
        Assert.True(unsent.Length == 0, $"fixed statements the scenario never sent, so never linted: {string.Join(", ", unsent)}");
    }

    [Fact]
    public async Task Linter_catches_what_it_must()
    {
        var lint = await LintAsync(
        [
            new { statement = "MATCH (a:Actor) RETURN b", parameters = Array.Empty<string>() },
            new { statement = "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id", parameters = Array.Empty<string>() },
            new { statement = "MATCH (a:Actor) RETURN nosuchfunction(a)", parameters = Array.Empty<string>() },
            new { statement = "MATCH (a:Actor RETURN a", parameters = Array.Empty<string>() },
            new { statement = "MATCH (a:Actor) RETURN a.nosuchproperty", parameters = Array.Empty<string>() },
        ]);

        Assert.All(lint, r => Assert.NotEmpty(r.Diagnostics));
    }

    private sealed record Diagnostic(int Severity, string Message);

    private sealed record LintResult(string Statement, Diagnostic[] Diagnostics);

    private static async Task<LintResult[]> LintAsync(IEnumerable<object> statements)
    {
        var info = NodeHarness.Node("lint-cypher.mjs");
        info.Environment["CYPHER_LABELS"] = string.Join(',', GraphSchema.Labels);
        info.Environment["CYPHER_TYPES"] = string.Join(',', GraphSchema.RelationshipTypes);
        info.Environment["CYPHER_PROPERTIES"] = string.Join(',', PropertyKeys);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(statements));
        process.StandardInput.Close();
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, await stderr);
        return JsonSerializer.Deserialize<LintResult[]>(await stdout, QueryApiTestServer.Json)!;
    }
}
