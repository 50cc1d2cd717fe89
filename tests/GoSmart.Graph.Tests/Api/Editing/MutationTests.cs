using System.Text.Json.Nodes;
using GoSmart.Graph.Api.GraphQL.Editing;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api.Editing;

/// <summary>Every mutation end to end on a small graph (<see cref="TestGraphs.Partners"/>): valid, invalid, unauthorised, idempotent.</summary>
public sealed class MutationTests : IAsyncLifetime, IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false);
    private GraphQLClient _anonymous = null!;
    private GraphQLClient _reader = null!;
    private GraphQLClient _broker = null!;
    private GraphQLClient _admin = null!;

    public async Task InitializeAsync()
    {
        _anonymous = new GraphQLClient(_factory.CreateClient());
        _reader = _anonymous.WithApiKey(TestCredentials.ReaderKey);
        _broker = _anonymous.WithApiKey(TestCredentials.BrokerKey);
        _admin = _anonymous.WithApiKey(TestCredentials.AdminKey);
        await _anonymous.DataAsync("{ stats { actors } }");
        await Store.ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private IGraphStore Store => _factory.Services.GetRequiredService<IGraphStore>();

    private Task<long> Version() => Store.GetVersionAsync(CancellationToken.None);

    private static readonly string[] EnergyAndAgriFood = ["domain:energy", "domain:agri-food"];
    private static readonly string[] AgriFoodAndEnergy = ["domain:agri-food", "domain:energy"];
    private static readonly string[] Space = ["domain:space"];

    private const string UpsertActor = """
        mutation($input: ActorInput!) { upsertActor(input: $input) { changed actor { id name kind country region { code } website sme alternativeNames } } }
        """;

    private static async Task<(string Code, string? Field)> ErrorOf(GraphQLClient client, string query, object? variables = null)
    {
        var result = await client.QueryAsync(query, variables);
        var error = result["errors"]![0]!;
        return (error["extensions"]!["code"]!.GetValue<string>(), error["extensions"]!["field"]?.GetValue<string>());
    }

    [Fact]
    public async Task UpsertActor_new_actor_is_created_audited_and_idempotent()
    {
        var input = new { id = "actor:acme-robotics", name = "  ACME Robotics ", kind = "COMPANY", country = "pl", regionId = "region:PL84", website = "https://acme.example", sme = true, alternativeNames = new[] { "ACME" } };

        var first = await _broker.DataAsync(UpsertActor, new { input });
        var version = await Version();
        var second = await _broker.DataAsync(UpsertActor, new { input });

        Assert.True(first["upsertActor"]!["changed"]!.GetValue<bool>());
        Assert.Equal("ACME Robotics", first["upsertActor"]!["actor"]!["name"]!.GetValue<string>());
        Assert.Equal("PL", first["upsertActor"]!["actor"]!["country"]!.GetValue<string>());
        Assert.Equal("PL84", first["upsertActor"]!["actor"]!["region"]!["code"]!.GetValue<string>());
        Assert.False(second["upsertActor"]!["changed"]!.GetValue<bool>());
        Assert.Equal(version, await Version());
        var log = await Store.GetAuditLogAsync(new AuditQuery(10, TargetId: "actor:acme-robotics"), CancellationToken.None);
        var entry = Assert.Single(log);
        Assert.Equal(("key:test-broker", "upsertActor", (string?)null), (entry.Principal, entry.Operation, entry.Before));
        Assert.Contains("ACME Robotics", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertActor_existing_actor_changes_only_the_fields_given()
    {
        var data = await _broker.DataAsync(UpsertActor, new { input = new { id = "actor:a", name = "Bialystok University of Technology", website = (string?)null } });

        var actor = data["upsertActor"]!["actor"]!;
        Assert.True(data["upsertActor"]!["changed"]!.GetValue<bool>());
        Assert.Equal("Bialystok University of Technology", actor["name"]!.GetValue<string>());
        Assert.Equal("RESEARCH", actor["kind"]!.GetValue<string>());
        Assert.Equal("PL84", actor["region"]!["code"]!.GetValue<string>());
        Assert.Equal(["Politechnika Białostocka"], actor["alternativeNames"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"id":"actor:Bad Id","name":"x","kind":"COMPANY","country":"PL"}""", "input.id")]
    [InlineData("""{"id":"region:PL84","name":"x","kind":"COMPANY","country":"PL"}""", "input.id")]
    [InlineData("""{"id":"actor:new-one","name":"x","kind":"COMPANY","country":"XX"}""", "input.country")]
    [InlineData("""{"id":"actor:new-one","name":"x","kind":"COMPANY","country":"PL","regionId":"region:PL99"}""", "input.regionId")]
    [InlineData("""{"id":"actor:new-one","name":"x","kind":"COMPANY","country":"PL","regionId":"region:DE60"}""", "input.regionId")]
    [InlineData("""{"id":"actor:new-one","name":"   ","kind":"COMPANY","country":"PL"}""", "input.name")]
    [InlineData("""{"id":"actor:new-one","name":"x","kind":"COMPANY","country":"PL","website":"ftp://x.example"}""", "input.website")]
    [InlineData("""{"id":"actor:new-one","name":"x","kind":"COMPANY","country":"PL","pic":"12ab"}""", "input.pic")]
    [InlineData("""{"id":"actor:new-one","name":"x"}""", "input")]
    public async Task UpsertActor_invalid_input_is_bad_user_input_naming_the_field_and_writes_nothing(string input, string field)
    {
        var version = await Version();

        var error = await ErrorOf(_broker, UpsertActor, new { input = JsonNode.Parse(input) });

        Assert.Equal(("BAD_USER_INPUT", field), error);
        Assert.Equal(version, await Version());
    }

    [Fact]
    public async Task UpsertActor_name_too_long_is_bad_user_input()
    {
        var error = await ErrorOf(_broker, UpsertActor, new { input = new { id = "actor:a", name = new string('x', 301) } });

        Assert.Equal(("BAD_USER_INPUT", "input.name"), error);
    }

    [Fact]
    public async Task Mutations_without_credential_are_unauthenticated_and_with_reader_forbidden()
    {
        var input = new { id = "actor:a", name = "Changed" };

        var anonymous = await ErrorOf(_anonymous, UpsertActor, new { input });
        var reader = await ErrorOf(_reader, UpsertActor, new { input });
        var broker = await ErrorOf(_broker, """mutation { removeActor(id: "actor:f") { changed } }""");

        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
        Assert.Equal("FORBIDDEN", reader.Code);
        Assert.Equal("FORBIDDEN", broker.Code);
        Assert.Equal("Białystok University of Technology", (await Store.GetActorsAsync(["actor:a"], CancellationToken.None))["actor:a"].Name);
    }

    [Fact]
    public async Task RemoveActor_admin_removes_it_with_its_ties_then_changes_nothing()
    {
        var first = await _admin.DataAsync("""mutation { removeActor(id: "actor:b") { changed id } }""");
        var version = await Version();
        var second = await _admin.DataAsync("""mutation { removeActor(id: "actor:b") { changed id } }""");
        var neighbours = await _anonymous.DataAsync("""{ actor(id: "actor:c") { degree } b: actor(id: "actor:b") { id } }""");

        Assert.True(first["removeActor"]!["changed"]!.GetValue<bool>());
        Assert.False(second["removeActor"]!["changed"]!.GetValue<bool>());
        Assert.Equal(version, await Version());
        Assert.Equal(0, neighbours["actor"]!["degree"]!.GetValue<int>());
        Assert.Null(neighbours["b"]);
        Assert.Equal("removeActor", (await Store.GetAuditLogAsync(new AuditQuery(1), CancellationToken.None))[0].Operation);
    }

    [Fact]
    public async Task LinkActors_declares_a_collaboration_with_evidence_then_unlink_removes_it()
    {
        const string link = """
            mutation($input: LinkInput!) { linkActors(input: $input) { changed actor { collaborators(first: 10) { edges { node { id } collaboration { declared declaredEvidence firstYear lastYear } } } } } }
            """;
        var input = new { kind = "COLLABORATES_WITH", actorId = "actor:c", otherActorId = "actor:f", firstYear = 2021, lastYear = 2023, evidence = "Met at Kouvola Innovation Week" };

        var linked = await _broker.DataAsync(link, new { input });
        var again = await _broker.DataAsync(link, new { input });
        var unlinked = await _admin.DataAsync("""mutation($input: LinkInput!) { unlinkActors(input: $input) { changed } }""", new { input = new { kind = "COLLABORATES_WITH", actorId = "actor:f", otherActorId = "actor:c" } });

        var edge = linked["linkActors"]!["actor"]!["collaborators"]!["edges"]!.AsArray().Single(e => e!["node"]!["id"]!.GetValue<string>() == "actor:f")!;
        Assert.True(linked["linkActors"]!["changed"]!.GetValue<bool>());
        Assert.Equal("Met at Kouvola Innovation Week", edge["collaboration"]!["declaredEvidence"]!.GetValue<string>());
        Assert.Equal(2021, edge["collaboration"]!["firstYear"]!.GetValue<int>());
        Assert.False(again["linkActors"]!["changed"]!.GetValue<bool>());
        Assert.True(unlinked["unlinkActors"]!["changed"]!.GetValue<bool>());
        Assert.Empty((await Store.GetNeighboursAsync(["actor:f"], CancellationToken.None))["actor:f"]);
    }

    [Fact]
    public async Task LinkActors_member_of_is_idempotent_and_validated()
    {
        const string link = """mutation($input: LinkInput!) { linkActors(input: $input) { changed actor { memberOf { id } } } }""";
        var input = new { kind = "MEMBER_OF", actorId = "actor:f", otherActorId = "actor:d" };

        var first = await _broker.DataAsync(link, new { input });
        var second = await _broker.DataAsync(link, new { input });
        var self = await ErrorOf(_broker, link, new { input = new { kind = "MEMBER_OF", actorId = "actor:f", otherActorId = "actor:f" } });
        var missing = await ErrorOf(_broker, link, new { input = new { kind = "MEMBER_OF", actorId = "actor:f", otherActorId = "actor:nobody" } });
        var years = await ErrorOf(_broker, link, new { input = new { kind = "COLLABORATES_WITH", actorId = "actor:f", otherActorId = "actor:c", firstYear = 2024, lastYear = 2020 } });

        Assert.True(first["linkActors"]!["changed"]!.GetValue<bool>());
        Assert.Equal(["actor:d"], first["linkActors"]!["actor"]!["memberOf"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.False(second["linkActors"]!["changed"]!.GetValue<bool>());
        Assert.Equal(("BAD_USER_INPUT", "input.otherActorId"), self);
        Assert.Equal(("NOT_FOUND", "input.otherActorId"), missing);
        Assert.Equal(("BAD_USER_INPUT", "input.lastYear"), years);
    }

    [Fact]
    public async Task UpsertProject_and_participation_derive_collaborations_and_are_idempotent()
    {
        const string project = """mutation($input: ProjectInput!) { upsertProject(input: $input) { changed project { id acronym startDate s3Domains { id } } } }""";
        const string participate = """mutation($input: ParticipationInput!) { addParticipation(input: $input) { changed actor { degree projectCount } } }""";
        var input = new { id = "project:vidzeme-match-2024", acronym = "VMATCH", title = "Vidzeme matchmaking", startDate = "2024-03-01", endDate = "2025-02-28", s3DomainIds = new[] { "domain:ict" } };

        var created = await _broker.DataAsync(project, new { input });
        var again = await _broker.DataAsync(project, new { input });
        await _broker.DataAsync(participate, new { input = new { actorId = "actor:f", projectId = "project:vidzeme-match-2024", role = "coordinator" } });
        var joined = await _broker.DataAsync(participate, new { input = new { actorId = "actor:c", projectId = "project:vidzeme-match-2024" } });
        var repeated = await _broker.DataAsync(participate, new { input = new { actorId = "actor:c", projectId = "project:vidzeme-match-2024" } });
        var removed = await _admin.DataAsync("""mutation { removeParticipation(input: { actorId: "actor:c", projectId: "project:vidzeme-match-2024" }) { changed actor { degree projectCount } } }""");

        Assert.True(created["upsertProject"]!["changed"]!.GetValue<bool>());
        Assert.Equal("2024-03-01", created["upsertProject"]!["project"]!["startDate"]!.GetValue<string>());
        Assert.False(again["upsertProject"]!["changed"]!.GetValue<bool>());
        Assert.Equal(2, joined["addParticipation"]!["actor"]!["degree"]!.GetValue<int>());
        Assert.False(repeated["addParticipation"]!["changed"]!.GetValue<bool>());
        Assert.True(removed["removeParticipation"]!["changed"]!.GetValue<bool>());
        Assert.Equal(1, removed["removeParticipation"]!["actor"]!["degree"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"id":"project:p9","startDate":"2024-13-01"}""", "input.startDate")]
    [InlineData("""{"id":"project:p9","startDate":"1850-01-01"}""", "input.startDate")]
    [InlineData("""{"id":"project:p9","startDate":"2024-03-01","endDate":"2023-01-01"}""", "input.endDate")]
    [InlineData("""{"id":"project:p9","s3DomainIds":["domain:nowhere"]}""", "input.s3DomainIds")]
    [InlineData("""{"id":"project:p9","url":"not a url"}""", "input.url")]
    public async Task UpsertProject_invalid_input_is_bad_user_input(string input, string field)
    {
        var error = await ErrorOf(_broker, """mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }""", new { input = JsonNode.Parse(input) });

        Assert.Equal(("BAD_USER_INPUT", field), error);
    }

    [Fact]
    public async Task AddParticipation_unknown_project_is_not_found_and_bad_role_is_bad_user_input()
    {
        const string participate = """mutation($input: ParticipationInput!) { addParticipation(input: $input) { changed } }""";

        var missing = await ErrorOf(_broker, participate, new { input = new { actorId = "actor:a", projectId = "project:nothing" } });
        var role = await ErrorOf(_broker, participate, new { input = new { actorId = "actor:a", projectId = "project:p3", role = "boss" } });

        Assert.Equal(("NOT_FOUND", "input.projectId"), missing);
        Assert.Equal(("BAD_USER_INPUT", "input.role"), role);
    }

    [Fact]
    public async Task SetActorDomains_replaces_the_declared_domains_and_is_idempotent()
    {
        const string set = """mutation($ids: [ID!]!) { setActorDomains(actorId: "actor:f", domainIds: $ids) { changed actor { s3Domains { id } } } }""";

        var first = await _broker.DataAsync(set, new { ids = EnergyAndAgriFood });
        var second = await _broker.DataAsync(set, new { ids = AgriFoodAndEnergy });
        var unknown = await ErrorOf(_broker, set, new { ids = Space });

        Assert.True(first["setActorDomains"]!["changed"]!.GetValue<bool>());
        Assert.Equal(["domain:agri-food", "domain:energy"], first["setActorDomains"]!["actor"]!["s3Domains"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.False(second["setActorDomains"]!["changed"]!.GetValue<bool>());
        Assert.Equal(("BAD_USER_INPUT", "domainIds"), unknown);
    }

    private static async Task<(string Code, string? Field, string Message)> FullErrorOf(GraphQLClient client, string query, object? variables = null)
    {
        var error = (await client.QueryAsync(query, variables))["errors"]![0]!;
        return (error["extensions"]!["code"]!.GetValue<string>(), error["extensions"]!["field"]?.GetValue<string>(), error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a\n","name":"Białystok University of Technology","kind":"RESEARCH","country":"PL"}}""", "input.id")]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a\u200B","name":"Białystok University of Technology","kind":"RESEARCH","country":"PL"}}""", "input.id")]
    [InlineData("mutation($input: LinkInput!) { linkActors(input: $input) { changed } }", """{"input":{"kind":"MEMBER_OF","actorId":"actor:f","otherActorId":"actor:d\n"}}""", "input.otherActorId")]
    [InlineData("mutation($input: LinkInput!) { linkActors(input: $input) { changed } }", """{"input":{"kind":"MEMBER_OF","actorId":"actor:f\n","otherActorId":"actor:d"}}""", "input.actorId")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p1\n","title":"A look-alike"}}""", "input.id")]
    [InlineData("mutation($input: ParticipationInput!) { addParticipation(input: $input) { changed } }", """{"input":{"actorId":"actor:a","projectId":"project:p1\n"}}""", "input.projectId")]
    [InlineData("mutation($ids: [ID!]!) { setActorDomains(actorId: \"actor:f\", domainIds: $ids) { changed } }", """{"ids":["domain:energy\n"]}""", "domainIds[0]")]
    public async Task Mutations_look_alike_ids_with_a_final_newline_or_hidden_character_are_bad_user_input_and_write_nothing(string query, string variables, string field)
    {
        var version = await Version();

        var error = await FullErrorOf(_broker, query, JsonNode.Parse(variables));

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code, error.Field));
        Assert.Contains("\\u", error.Message, StringComparison.Ordinal);
        Assert.Equal(version, await Version());
    }

    [Theory]
    [InlineData("\n", "U+000A")]
    [InlineData("\t", "U+0009")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\u2028", "U+2028")]
    [InlineData("\u2029", "U+2029")]
    [InlineData("\u061C", "U+061C")]
    [InlineData("\u200E", "U+200E")]
    [InlineData("\u200F", "U+200F")]
    [InlineData("\u202A", "U+202A")]
    [InlineData("\u202B", "U+202B")]
    [InlineData("\u202C", "U+202C")]
    [InlineData("\u202D", "U+202D")]
    [InlineData("\u202E", "U+202E")]
    [InlineData("\u2066", "U+2066")]
    [InlineData("\u2067", "U+2067")]
    [InlineData("\u2068", "U+2068")]
    [InlineData("\u2069", "U+2069")]
    [InlineData("\u200B", "U+200B")]
    [InlineData("\u2060", "U+2060")]
    [InlineData("\uFEFF", "U+FEFF")]
    [InlineData("\u00AD", "U+00AD")]
    [InlineData("\uFFFE", "U+FFFE")]
    [InlineData("\U000E0041", "U+E0041")]
    public async Task UpsertActor_name_with_a_forbidden_character_is_bad_user_input_naming_the_field_and_the_character(string character, string code)
    {
        var version = await Version();

        var error = await FullErrorOf(_broker, UpsertActor, new { input = new { id = "actor:acme-robotics", name = $"ACME{character}Robotics", kind = "COMPANY", country = "PL" } });

        Assert.Equal(("BAD_USER_INPUT", "input.name"), (error.Code, error.Field));
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Equal(version, await Version());
    }

    [Theory]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a","shortName":"BUT\u202E"}}""", "input.shortName")]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a","city":"Bia\u2028lystok"}}""", "input.city")]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a","alternativeNames":["PB","Politechnika\nBiałostocka"]}}""", "input.alternativeNames[1]")]
    [InlineData(UpsertActor, """{"input":{"id":"actor:a","website":"https://pb.edu.pl/\u2066"}}""", "input.website")]
    [InlineData("mutation($input: LinkInput!) { linkActors(input: $input) { changed } }", """{"input":{"kind":"COLLABORATES_WITH","actorId":"actor:c","otherActorId":"actor:f","evidence":"Met at \u202Eweek"}}""", "input.evidence")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p9","acronym":"VM\u200BATCH"}}""", "input.acronym")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p9","title":"Vidzeme\nmatchmaking"}}""", "input.title")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p9","programme":"H2020\u2029SC2"}}""", "input.programme")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p9","topicCode":"SFS-01\u200E"}}""", "input.topicCode")]
    [InlineData("mutation($input: ProjectInput!) { upsertProject(input: $input) { changed } }", """{"input":{"id":"project:p9","url":"https://cordis.europa.eu/\u202E"}}""", "input.url")]
    [InlineData("mutation($input: ParticipationInput!) { addParticipation(input: $input) { changed } }", """{"input":{"actorId":"actor:a","projectId":"project:p3","role":"coordinator\u200B"}}""", "input.role")]
    public async Task Mutations_forbidden_characters_are_refused_in_every_free_text_field(string query, string variables, string field)
    {
        var version = await Version();

        var error = await FullErrorOf(_broker, query, JsonNode.Parse(variables));

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code, error.Field));
        Assert.Matches("U\\+[0-9A-F]{4}", error.Message);
        Assert.Equal(version, await Version());
    }

    [Fact]
    public async Task LinkActors_evidence_may_run_over_several_lines()
    {
        var input = new { kind = "COLLABORATES_WITH", actorId = "actor:c", otherActorId = "actor:f", evidence = "Met at Kouvola Innovation Week\nand again in Hamburg" };

        var data = await _broker.DataAsync("mutation($input: LinkInput!) { linkActors(input: $input) { changed } }", new { input });

        Assert.True(data["linkActors"]!["changed"]!.GetValue<bool>());
        var tie = (await Store.GetNeighboursAsync(["actor:c"], CancellationToken.None))["actor:c"].Single(t => t.OtherActorId == "actor:f");
        Assert.Equal("Met at Kouvola Innovation Week\nand again in Hamburg", tie.DeclaredEvidence);
    }

    [Fact]
    public async Task UpsertActor_name_is_counted_in_characters_not_utf16_units()
    {
        var astral = string.Concat(Enumerable.Repeat("\U0001D538", EditValidation.MaxNameLength));

        var accepted = await _broker.DataAsync(UpsertActor, new { input = new { id = "actor:a", name = astral } });
        var refused = await FullErrorOf(_broker, UpsertActor, new { input = new { id = "actor:a", name = astral + "x" } });

        Assert.Equal(astral, accepted["upsertActor"]!["actor"]!["name"]!.GetValue<string>());
        Assert.Equal(600, astral.Length);
        Assert.Equal(("BAD_USER_INPUT", "input.name"), (refused.Code, refused.Field));
        Assert.Contains("has 301 characters; at most 300", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("10000000000.5")]
    [InlineData("-0.01")]
    public async Task AddParticipation_contribution_out_of_range_is_bad_user_input_with_the_range(string contribution)
    {
        var version = await Version();

        var error = await FullErrorOf(_broker, $$"""mutation { addParticipation(input: { actorId: "actor:a", projectId: "project:p3", contribution: {{contribution}} }) { changed } }""");

        Assert.Equal(("BAD_USER_INPUT", "input.contribution"), (error.Code, error.Field));
        Assert.Contains("from 0 to 10,000,000,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(version, await Version());
    }

    [Fact]
    public async Task AuditLog_an_actor_id_finds_the_entries_of_its_links_and_participations()
    {
        await _broker.DataAsync("""mutation { linkActors(input: { kind: COLLABORATES_WITH, actorId: "actor:f", otherActorId: "actor:c", evidence: "Kouvola" }) { changed } }""");
        await _admin.DataAsync("""mutation { unlinkActors(input: { kind: COLLABORATES_WITH, actorId: "actor:c", otherActorId: "actor:f" }) { changed } }""");
        await _broker.DataAsync("""mutation { linkActors(input: { kind: MEMBER_OF, actorId: "actor:f", otherActorId: "actor:d" }) { changed } }""");
        await _broker.DataAsync("""mutation { addParticipation(input: { actorId: "actor:f", projectId: "project:p3" }) { changed } }""");
        await _broker.DataAsync("""mutation { upsertActor(input: { id: "actor:f", name: "F renamed" }) { changed } }""");
        await _broker.DataAsync("""mutation { linkActors(input: { kind: MEMBER_OF, actorId: "actor:b", otherActorId: "actor:d" }) { changed } }""");

        var f = await _admin.DataAsync("""{ auditLog(targetId: "actor:f") { operation targetId } }""");
        var c = await _admin.DataAsync("""{ auditLog(targetId: "actor:c") { operation targetId } }""");
        var p3 = await _admin.DataAsync("""{ auditLog(targetId: "project:p3") { operation targetId } }""");
        var pair = await _admin.DataAsync("""{ auditLog(targetId: "actor:c|actor:f") { operation } }""");

        Assert.Equal(
            ["upsertActor actor:f", "addParticipation actor:f|project:p3", "linkActors actor:f|actor:d", "unlinkActors actor:c|actor:f", "linkActors actor:c|actor:f"],
            f["auditLog"]!.AsArray().Select(e => $"{e!["operation"]} {e["targetId"]}"));
        Assert.Equal(["unlinkActors actor:c|actor:f", "linkActors actor:c|actor:f"], c["auditLog"]!.AsArray().Select(e => $"{e!["operation"]} {e["targetId"]}"));
        Assert.Equal(["addParticipation actor:f|project:p3"], p3["auditLog"]!.AsArray().Select(e => $"{e!["operation"]} {e["targetId"]}"));
        Assert.Equal(2, pair["auditLog"]!.AsArray().Count);
    }

    [Fact]
    public async Task UpsertActor_audit_entry_writes_enums_by_their_schema_names()
    {
        await _broker.DataAsync(UpsertActor, new { input = new { id = "actor:acme-robotics", name = "ACME Robotics", kind = "INTERMEDIARY", country = "PL" } });
        await _broker.DataAsync(UpsertActor, new { input = new { id = "actor:acme-robotics", kind = "COMPANY" } });

        var log = await _admin.DataAsync("""{ auditLog(targetId: "actor:acme-robotics") { before after } }""");

        var changed = log["auditLog"]![0]!;
        Assert.Contains("\"kind\":\"INTERMEDIARY\"", changed["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"COMPANY\"", changed["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\":0", changed["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_entries_written_before_enums_had_names_still_read_as_written()
    {
        const string old = """{"id":"actor:a","name":"Białystok University of Technology","kind":1,"country":"PL"}""";
        await Store.ApplyAsync(new GraphBatch { Audit = [new AuditEntry(0, DateTimeOffset.UtcNow, "test-broker", "upsertActor", "actor:a") { After = old }] }, CancellationToken.None);

        var log = await _admin.DataAsync("""{ auditLog(targetId: "actor:a", first: 1) { operation after } }""");

        Assert.Equal(old, log["auditLog"]![0]!["after"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutations_leave_a_consistent_store()
    {
        await _broker.DataAsync(UpsertActor, new { input = new { id = "actor:n1", name = "N1", kind = "COMPANY", country = "DE" } });
        await _broker.DataAsync("""mutation { addParticipation(input: { actorId: "actor:n1", projectId: "project:p1" }) { changed } }""");
        await _admin.DataAsync("""mutation { removeActor(id: "actor:a") { changed } }""");
        await _admin.DataAsync("""mutation { removeParticipation(input: { actorId: "actor:b", projectId: "project:p3" }) { changed } }""");

        var report = await StoreConsistency.CheckAsync(new EmbeddedStoreOptions { DataDirectory = _factory.DataDirectory }, CancellationToken.None);

        Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
        Assert.Equal(6, report.Counts["actors"]);
        Assert.Equal(4, report.Counts["audit_log"]);
    }
}
