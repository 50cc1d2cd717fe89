using System.Text;
using System.Text.Json;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// Builds hostile HTTP requests to the GraphQL endpoint, one of <see cref="Kinds"/> kinds, from a seed:
/// malformed JSON, wrong content types, random documents, deep nesting, many aliases, huge strings and
/// lists, invalid UTF-8, wrong variable types, overlong ids, random mutations, GET garbage, wrong shapes.
/// </summary>
public static class HostileRequests
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        "malformed-json", "wrong-content-type", "random-document", "deep-nesting", "many-aliases", "huge-string",
        "huge-list", "invalid-utf8", "wrong-variable-type", "overlong-id", "random-mutation", "get-garbage", "wrong-shape",
    ];

    private static readonly string[] Words =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "...", "@", "=", "\"", ",", "query", "mutation", "subscription", "fragment", "on",
        "actor", "actors", "search", "stats", "node", "region", "regions", "project", "projects", "s3Domains", "auditLog", "upsertActor",
        "removeActor", "id", "name", "first", "last", "after", "before", "where", "order", "kindIn", "collaborators", "nodes", "edges",
        "totalCount", "__schema", "__type", "__typename", "true", "null", "42", "-1", "1e309", "\"actor:pic-999889193\"", "\"region:PL84\"",
        "\\u0000", "🦀", "ąę", "\n", "#", "input", "text", "RESEARCH", "DESC",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/graphql",
        "application/x-www-form-urlencoded", "application/json; charset=utf-16", "*/*", "application/jsonx",
    ];

    private static readonly string[] IdFields = ["actor(id:", "node(id:", "project(id:", "s3Domain(id:"];

    private static readonly string[] Breakers = ["{", "}", "\"", ",", "\\", "[", ":"];

    private static readonly string[] Keys = ["", "", TestCredentials.ReaderKey, TestCredentials.BrokerKey, TestCredentials.AdminKey, "bad-key"];

    public static HttpRequestMessage Build(int kind, int seed)
    {
        var r = new Random(seed);
        var request = Kinds[kind] switch
        {
            "malformed-json" => Post(Malformed(r)),
            "wrong-content-type" => Post(Json(new { query = "{ stats { actors } }" }), ContentTypes[r.Next(ContentTypes.Length)]),
            "random-document" => Post(Json(new { query = RandomDocument(r) })),
            "deep-nesting" => Post(Json(new { query = Nested(r) })),
            "many-aliases" => Post(Json(new { query = Aliases(r) })),
            "huge-string" => Post(Json(new { query = "query($t: String!) { search(text: $t, first: 5) { id } }", variables = new { t = new string((char)r.Next(32, 0x2FF), r.Next(1, 20_000) * (r.Next(20) == 0 ? 60 : 1)) } })),
            "huge-list" => Post(Json(new { query = "query($k: [ActorKind!], $r: [ID!]) { actors(where: { kindIn: $k, regionIn: $r }) { totalCount } }", variables = new { k = Enumerable.Repeat("RESEARCH", r.Next(0, 500) * (r.Next(20) == 0 ? 10 : 1)), r = Enumerable.Range(0, r.Next(0, 1_000) * (r.Next(20) == 0 ? 50 : 1)).Select(i => $"region:X{i}") } })),
            "invalid-utf8" => Post(InvalidUtf8(r)),
            "wrong-variable-type" => Post(WrongVariable(r)),
            "overlong-id" => Post(Json(new { query = $"{{ {IdFields[r.Next(IdFields.Length)]} \"{new string('a', r.Next(150, 5_000) * (r.Next(20) == 0 ? 40 : 1))}\") {{ __typename }} }}" })),
            "random-mutation" => Post(RandomMutation(r)),
            "get-garbage" => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(RandomDocument(r)) + (r.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(Malformed(r)) : string.Empty)),
            _ => Post(WrongShape(r)),
        };
        var key = Keys[r.Next(Keys.Length)];
        if (key.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        if (r.Next(4) == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", r.Next(3) switch { 0 => "application/graphql-response+json", 1 => "text/html", _ => "application/*;q=0.5, garbage" });
        }

        return request;
    }

    private static HttpRequestMessage Post(string body, string contentType = "application/json") => Post(Encoding.UTF8.GetBytes(body), contentType);

    private static HttpRequestMessage Post(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Malformed(Random r)
    {
        var valid = Json(new { query = "{ stats { actors } }", variables = new { a = 1 } });
        return r.Next(3) switch
        {
            0 => valid[..r.Next(valid.Length)],
            1 => new string([.. Enumerable.Range(0, r.Next(0, 2_000)).Select(_ => (char)r.Next(1, 0x7F))]),
            _ => valid.Insert(r.Next(valid.Length), Breakers[r.Next(Breakers.Length)]),
        };
    }

    private static string RandomDocument(Random r) =>
        string.Join(r.Next(3) == 0 ? string.Empty : " ", Enumerable.Range(0, r.Next(1, 300)).Select(_ => Words[r.Next(Words.Length)]));

    private static string Nested(Random r)
    {
        var depth = r.Next(1, 5_000);
        return r.Next(3) switch
        {
            0 => new string('{', depth) + " a " + new string('}', depth),
            1 => "{ actor(id: \"actor:pic-999889193\") " + string.Concat(Enumerable.Repeat("{ collaborators(first: 2) { nodes ", Math.Min(depth, 400))) + "{ id }" + new string('}', 2 * Math.Min(depth, 400)) + " }",
            _ => "query($v: ActorFilter) { actors(where: " + string.Concat(Enumerable.Repeat("{ and: [", Math.Min(depth, 2_000))) + "{ sme: true }" + string.Concat(Enumerable.Repeat("] }", Math.Min(depth, 2_000))) + ") { totalCount } }",
        };
    }

    private static string Aliases(Random r)
    {
        var field = new[] { "stats { actors }", "search(text: \"uni\", first: 100) { id name }", "actor(id: \"actor:pic-999889193\") { name degree }", "__typename", "regions { code }" }[r.Next(5)];
        return "{ " + string.Join(" ", Enumerable.Range(0, r.Next(1, 2_000)).Select(i => $"a{i}: {field}")) + " }";
    }

    private static byte[] InvalidUtf8(Random r)
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\") { id } }\"}");
        byte[][] bad = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];
        var middle = Enumerable.Range(0, r.Next(1, 50)).SelectMany(_ => bad[r.Next(bad.Length)]).ToArray();
        return [.. prefix, .. middle, .. suffix];
    }

    private static string WrongVariable(Random r)
    {
        object?[] values = ["abc", 1.5, -1, 1e300, long.MaxValue, true, null, new[] { 1, 2 }, new { a = 1 }, new string('9', 400), "", 101];
        var queries = new[]
        {
            "query($v: Int!) { actors(first: $v) { totalCount } }",
            "query($v: ID!) { actor(id: $v) { name } }",
            "query($v: [ActorKind!]) { actors(where: { kindIn: $v }) { totalCount } }",
            "query($v: String!) { search(text: $v) { id } }",
            "query($v: ActorFilter) { actors(where: $v) { totalCount } }",
            "query($v: [ActorSort!]) { actors(order: $v) { totalCount } }",
            "mutation($v: ActorInput!) { upsertActor(input: $v) { changed } }",
        };
        return Json(new { query = queries[r.Next(queries.Length)], variables = new { v = values[r.Next(values.Length)] } });
    }

    private static string RandomMutation(Random r)
    {
        string Pick(params string[] options) => options[r.Next(options.Length)];
        string Text() => Pick("", " ", "x", "ACME", new string('n', r.Next(0, 3_000)), "\u0001ctrl", "\ud800broken", "ąčęėįšųūž", "https://example.org", "ftp://x", "not a url",
            "ACME\nRobotics", "ACME\u2028Robotics", "\u202Eevil", "ACME\u200B", "https://example.org/\u2066", string.Concat(Enumerable.Repeat("\U0001D538", r.Next(299, 302))));
        string Id() => Pick("actor:pic-999889193", "actor:new-" + r.Next(100), "actor:", "actor:UPPER", "region:PL84", "", new string('a', 500), "actor:" + new string('b', 130), "project:rcn-210603", "project:new-" + r.Next(100),
            "actor:pic-999889193\n", "project:rcn-210603\n", "actor:pic-999889193\u200B");
        var input = new Dictionary<string, object?>
        {
            ["id"] = Id(),
            ["name"] = r.Next(3) == 0 ? null : Text(),
            ["kind"] = Pick("COMPANY", "RESEARCH", "ALIEN"),
            ["country"] = Pick("PL", "DE", "XX", "pl", "EL", "", "POL"),
            ["regionId"] = Pick("region:PL84", "region:DE60", "region:XX99", ""),
            ["website"] = Text(),
            ["pic"] = Pick("999889193", "12", "abcdefghi"),
        };
        var mutation = r.Next(8) switch
        {
            0 => ("mutation($v: ActorInput!) { upsertActor(input: $v) { changed actor { id } } }", (object)input),
            1 => ("mutation($v: ID!) { removeActor(id: $v) { changed } }", Id()),
            2 => ("mutation($v: LinkInput!) { linkActors(input: $v) { changed } }", new { kind = Pick("COLLABORATES_WITH", "MEMBER_OF"), actorId = Id(), otherActorId = Id(), firstYear = r.Next(1900, 2100), lastYear = r.Next(1900, 2100), evidence = Text() }),
            3 => ("mutation($v: LinkInput!) { unlinkActors(input: $v) { changed } }", new { kind = "COLLABORATES_WITH", actorId = Id(), otherActorId = Id() }),
            4 => ("mutation($v: ProjectInput!) { upsertProject(input: $v) { changed } }", new { id = Id(), title = Text(), startDate = Pick("2024-01-01", "2024-13-40", "x", "1700-01-01"), url = Text(), s3DomainIds = new[] { Pick("domain:agri-food", "domain:none", "x") } }),
            5 => ("mutation($v: ParticipationInput!) { addParticipation(input: $v) { changed } }", new { actorId = Id(), projectId = Id(), role = Pick("participant", "boss", ""), contribution = r.Next(4) == 0 ? 1e308 : r.NextDouble() * 1e12 - 1e6 }),
            6 => ("mutation($v: ParticipationInput!) { removeParticipation(input: $v) { changed } }", new { actorId = Id(), projectId = Id() }),
            _ => ("mutation($v: [ID!]!) { setActorDomains(actorId: \"actor:pic-999889193\", domainIds: $v) { changed } }", Enumerable.Range(0, r.Next(0, 40)).Select(_ => Pick("domain:agri-food", "domain:ict", "domain:zzz", Id())).ToArray()),
        };
        return Json(new { query = mutation.Item1, variables = new { v = mutation.Item2 } });
    }

    private static string WrongShape(Random r) => r.Next(6) switch
    {
        0 => "[{\"query\":\"{ stats { actors } }\"}]",
        1 => "{\"query\": 123}",
        2 => "{\"query\": \"{ stats { actors } }\", \"variables\": \"x\"}",
        3 => "{\"query\": null}",
        4 => "\"just a string\"",
        _ => "{\"query\": \"{ stats { actors } }\", \"operationName\": {\"a\": 1}, \"extensions\": [1]}",
    };
}
