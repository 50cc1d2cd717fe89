using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace GoSmart.Graph.Tests.Support;

public static class JsonSnapshot
{
    /// <summary>Matches a JSON response against its snapshot; take the name before the first await.</summary>
    public static void Match(JsonNode json, SnapshotFullName name) =>
        Snapshot.Match(JToken.Parse(json.ToJsonString()), name);
}
