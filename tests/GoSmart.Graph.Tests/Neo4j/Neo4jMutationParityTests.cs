using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The mutations through the service on both stores: the same edits, from the same graph
/// (<see cref="TestGraphs.Partners"/>), give the same payloads, the same errors, the same graph afterwards
/// and the same audit log (its times aside).
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jMutationParityTests(QueryApiServerFixture server) : IAsyncLifetime, IDisposable
{
    private const string Actor = "id name kind country region { code } website sme alternativeNames degree projectCount s3Domains { id } memberOf { id } members { id } "
        + "collaborators(first: 10) { edges { node { id } collaboration { weight declared firstYear lastYear declaredEvidence } } }";

    private GraphServiceFactory embedded = null!;
    private GraphServiceFactory neo4j = null!;

    public async Task InitializeAsync()
    {
        embedded = new GraphServiceFactory(seed: false);
        neo4j = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = server.Server.Uri.ToString(),
            ["Neo4j:Database"] = server.NewDatabase("mutations").Database,
        });
        foreach (var factory in new[] { embedded, neo4j })
        {
            await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { actors } }");
            await factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
        }

        Assert.IsType<Neo4jGraphStore>(neo4j.Services.GetRequiredService<GraphStoreHolder>().Store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        embedded?.Dispose();
        neo4j?.Dispose();
    }

    [Fact]
    public async Task Same_mutations_give_the_same_payloads_errors_graph_and_audit_log()
    {
        (string Key, string Query, object? Variables)[] steps =
        [
            (TestCredentials.BrokerKey, $$"""mutation($input: ActorInput!) { upsertActor(input: $input) { changed actor { {{Actor}} } } }""",
                new { input = new { id = "actor:acme-robotics", name = " ACME Robotics ", kind = "COMPANY", country = "pl", regionId = "region:PL84", sme = true, alternativeNames = new[] { "ACME" } } }),
            (TestCredentials.BrokerKey, $$"""mutation { upsertActor(input: { id: "actor:a", name: "Bialystok University of Technology", website: null }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, $$"""mutation($input: LinkInput!) { linkActors(input: $input) { changed actor { {{Actor}} } } }""",
                new { input = new { kind = "COLLABORATES_WITH", actorId = "actor:c", otherActorId = "actor:f", firstYear = 2021, lastYear = 2023, evidence = "Met at Kouvola Innovation Week" } }),
            (TestCredentials.BrokerKey, $$"""mutation { linkActors(input: { kind: MEMBER_OF, actorId: "actor:f", otherActorId: "actor:d" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, """mutation { linkActors(input: { kind: MEMBER_OF, actorId: "actor:f", otherActorId: "actor:nobody" }) { changed } }""", null),
            (TestCredentials.BrokerKey, """mutation($input: ProjectInput!) { upsertProject(input: $input) { changed project { id acronym title startDate endDate s3Domains { id } participantCount } } }""",
                new { input = new { id = "project:vidzeme-match-2024", acronym = "VMATCH", title = "Vidzeme matchmaking", startDate = "2024-03-01", endDate = "2025-02-28", s3DomainIds = new[] { "domain:ict" } } }),
            (TestCredentials.BrokerKey, $$"""mutation { addParticipation(input: { actorId: "actor:f", projectId: "project:vidzeme-match-2024", role: "coordinator" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, $$"""mutation { addParticipation(input: { actorId: "actor:c", projectId: "project:vidzeme-match-2024" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, $$"""mutation { addParticipation(input: { actorId: "actor:c", projectId: "project:vidzeme-match-2024" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, """mutation { addParticipation(input: { actorId: "actor:a", projectId: "project:nothing" }) { changed } }""", null),
            (TestCredentials.BrokerKey, $$"""mutation { setActorDomains(actorId: "actor:f", domainIds: ["domain:energy", "domain:agri-food"]) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.BrokerKey, $$"""mutation { setActorDomains(actorId: "actor:f", domainIds: ["domain:energy"]) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.AdminKey, $$"""mutation { removeParticipation(input: { actorId: "actor:c", projectId: "project:vidzeme-match-2024" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.AdminKey, $$"""mutation { unlinkActors(input: { kind: COLLABORATES_WITH, actorId: "actor:f", otherActorId: "actor:c" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.AdminKey, $$"""mutation { unlinkActors(input: { kind: COLLABORATES_WITH, actorId: "actor:b", otherActorId: "actor:a" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.AdminKey, $$"""mutation { unlinkActors(input: { kind: MEMBER_OF, actorId: "actor:e", otherActorId: "actor:d" }) { changed actor { {{Actor}} } } }""", null),
            (TestCredentials.AdminKey, """mutation { removeActor(id: "actor:b") { changed id } }""", null),
            (TestCredentials.AdminKey, """mutation { removeActor(id: "actor:b") { changed id } }""", null),
            (TestCredentials.BrokerKey, """mutation($input: ActorInput!) { upsertActor(input: $input) { changed } }""",
                new { input = new { id = "actor:a\n", name = "Białystok University of Technology", kind = "RESEARCH", country = "PL" } }),
            (TestCredentials.BrokerKey, """mutation($input: ActorInput!) { upsertActor(input: $input) { changed } }""",
                new { input = new { id = "actor:a-2", name = "Białystok University\u202E of Technology", kind = "RESEARCH", country = "PL" } }),
            (TestCredentials.BrokerKey, """mutation($input: LinkInput!) { linkActors(input: $input) { changed } }""",
                new { input = new { kind = "COLLABORATES_WITH", actorId = "actor:c\n", otherActorId = "actor:f" } }),
            (TestCredentials.BrokerKey, """mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }""",
                new { input = new { id = "project:vidzeme-match-2024\n", title = "A look-alike" } }),
            (TestCredentials.BrokerKey, """mutation { addParticipation(input: { actorId: "actor:f", projectId: "project:vidzeme-match-2024", contribution: 1e308 }) { changed } }""", null),
        ];
        var embeddedClient = new GraphQLClient(embedded.CreateClient());
        var neo4jClient = new GraphQLClient(neo4j.CreateClient());

        foreach (var (key, query, variables) in steps)
        {
            var expected = await embeddedClient.WithApiKey(key).QueryAsync(query, variables);
            var actual = await neo4jClient.WithApiKey(key).QueryAsync(query, variables);
            Assert.True(expected.ToJsonString() == actual.ToJsonString(), $"{query}\nembedded: {expected.ToJsonString()}\nneo4j: {actual.ToJsonString()}");
        }

        string[] reads =
        [
            $$"""{ actors(first: 20) { totalCount nodes { {{Actor}} } } }""",
            """{ stats { actors projects participations collaborationPairs crossBorderPairs } }""",
            """{ project(id: "project:vidzeme-match-2024") { participantCount participants(first: 5) { edges { role node { id } } } } }""",
            """{ auditLog(first: 100) { sequence principal operation targetId before after } }""",
            """{ auditLog(first: 3, before: 9, targetId: "actor:f") { sequence operation } }""",
            """{ auditLog(targetId: "actor:f") { sequence operation targetId } }""",
            """{ auditLog(targetId: "project:vidzeme-match-2024") { sequence operation targetId } }""",
        ];
        foreach (var query in reads)
        {
            var expected = await embeddedClient.WithApiKey(TestCredentials.AdminKey).QueryAsync(query);
            var actual = await neo4jClient.WithApiKey(TestCredentials.AdminKey).QueryAsync(query);
            Assert.Null(expected["errors"]);
            Assert.True(expected.ToJsonString() == actual.ToJsonString(), $"{query}\nembedded: {expected.ToJsonString()}\nneo4j: {actual.ToJsonString()}");
        }

        var log = (await neo4jClient.WithApiKey(TestCredentials.AdminKey).DataAsync("{ auditLog(first: 100) { operation } }"))["auditLog"]!.AsArray();
        Assert.Equal(["removeActor", "unlinkActors", "unlinkActors"], log.Take(3).Select(e => e!["operation"]!.GetValue<string>()));
        Assert.Equal(14, log.Count);
        var ofF = (await neo4jClient.WithApiKey(TestCredentials.AdminKey).DataAsync("""{ auditLog(targetId: "actor:f") { operation targetId after } }"""))["auditLog"]!.AsArray();
        Assert.Equal(
            ["unlinkActors actor:c|actor:f", "setActorDomains actor:f", "setActorDomains actor:f", "addParticipation actor:f|project:vidzeme-match-2024", "linkActors actor:f|actor:d", "linkActors actor:c|actor:f"],
            ofF.Select(e => $"{e!["operation"]} {e["targetId"]}"));
        var acme = (await neo4jClient.WithApiKey(TestCredentials.AdminKey).DataAsync("""{ auditLog(targetId: "actor:acme-robotics") { after } }"""))["auditLog"]!.AsArray();
        Assert.Contains("\"kind\":\"COMPANY\"", Assert.Single(acme)!["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
