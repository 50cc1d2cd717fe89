using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Connectors;
using GoSmart.Graph.Api.GraphQL.Brokerage;
using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Api.GraphQL.Editing;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.GraphQL.Network;
using GoSmart.Graph.Api.GraphQL.Nodes;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Api.GraphQL.Paths;
using GoSmart.Graph.Api.GraphQL.Projects;
using GoSmart.Graph.Api.GraphQL.RegionMatrix;
using GoSmart.Graph.Api.GraphQL.Regions;
using GoSmart.Graph.Api.GraphQL.S3Overlap;
using GoSmart.Graph.Api.GraphQL.Stats;
using GoSmart.Graph.Api.GraphQL.Suggestions;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>The query root; each feature adds its fields.</summary>
public sealed class GoSmartQuery : ObjectGraphType
{
    public const int MaxIdLength = GoSmart.Graph.Core.Text.InputText.MaxIdLength;

    public GoSmartQuery()
    {
        Name = "Query";
        Description = "Read the Baltic Sea Region innovation graph: actors, regions, S3 domains, projects.";

        Field<NodeInterface>("node")
            .Description("Any node by its global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Typed id, e.g. `actor:pic-999889193`, `region:PL84`, `domain:agri-food`, `project:rcn-210603`.")
            .Resolve(c => ResolveNode(c, c.GetArgument<string>("id")));

        ActorQueries.AddTo(this);
        EditingMutations.AddAuditLogTo(this);

        Field<RegionType>("region")
            .Description("A region by NUTS code (`PL84`) or id (`region:PL84`), or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "NUTS code or ISO country code, e.g. `PL84`, `DE60`, `FI1C4`, `DE`.")
            .Resolve(c =>
            {
                var code = CheckId(c.GetArgument<string>("code"));
                return c.Loaders().Regions.Load(code.StartsWith(Ids.RegionPrefix, StringComparison.Ordinal) ? code : Ids.Region(code));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("All regions, by id; the GoSmart partner regions have a `gosmartRole`.")
            .Argument<GoSmartRoleType>("gosmartRole", "Only the GoSmart partner regions of this role.")
            .ResolveAsync(async c =>
            {
                var role = c.GetArgument<GoSmartRole?>("gosmartRole");
                var regions = await c.Loaders().AllRegionsAsync(c.CancellationToken).ConfigureAwait(false);
                return role is null ? regions : regions.Where(r => r.GoSmartRole == role).ToList();
            });
        Field<S3DomainType>("s3Domain")
            .Description("An S3 domain by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Typed id, e.g. `domain:agri-food`.")
            .Resolve(c => c.Loaders().Domains.Load(CheckId(c.GetArgument<string>("id"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S3DomainType>>>>("s3Domains")
            .Description("The S3 domain taxonomy, by id.")
            .ResolveAsync(async c => await c.Store().ListDomainsAsync(c.CancellationToken).ConfigureAwait(false));
        Field<ProjectType>("project")
            .Description("A project by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Typed id, e.g. `project:rcn-210603`.")
            .Resolve(c => c.Loaders().Projects.Load(CheckId(c.GetArgument<string>("id"))));

        var projects = Field<NonNullGraphType<ProjectConnectionType>>("projects")
            .Description("Projects, most recent start first, filtered and paged.")
            .Argument<ProjectFilterInputType>("where", "Filter; see ProjectFilter.")
            .ResolveAsync(async c =>
            {
                var filter = ProjectFilterReader.Read(c.GetArgument<object?>("where"));
                var request = PagingArguments.Read(c);
                var store = c.Store();
                var page = await PagingArguments.WithCursorsAsync(() => store.QueryProjectsAsync(new ProjectQuery(filter, request), c.CancellationToken)).ConfigureAwait(false);
                return new Connection<ProjectRef>(ProjectRef.FromProjects(page), ct => store.CountProjectsAsync(filter, ct));
            });
        projects.FieldType.AddForwardArguments("projects");
        projects.FieldType.AddBackwardArguments("projects");

        PathQueries.AddTo(this);

        Field<NonNullGraphType<GraphStatsType>>("stats")
            .Description("Counts over the whole graph: actors by kind and country, projects, collaboration pairs.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken).ConfigureAwait(false));

        ConnectorQueries.AddTo(this);
        NetworkQueries.AddTo(this);
        RegionMatrixQueries.AddTo(this);
        S3OverlapQueries.AddTo(this);
        BrokerageQueries.AddTo(this);
        SuggestionQueries.AddTo(this);
    }

    private static object? ResolveNode(IResolveFieldContext context, string id)
    {
        var loaders = context.Loaders();
        return Ids.TypeOf(CheckId(id)) switch
        {
            NodeType.Actor => loaders.Actors.Load(id),
            NodeType.Region => loaders.Regions.Load(id),
            NodeType.S3Domain => loaders.Domains.Load(id),
            NodeType.Project => loaders.Projects.Load(id),
            _ => throw new UserInputError($"`{ActorFilterReader.Shorten(id)}` is not a GoSmart id; ids start with `actor:`, `region:`, `domain:` or `project:`."),
        };
    }

    internal static string CheckId(string id) =>
        id.Length <= MaxIdLength ? id : throw new UserInputError($"The id is {id.Length} characters long; ids are at most {MaxIdLength}.");
}
