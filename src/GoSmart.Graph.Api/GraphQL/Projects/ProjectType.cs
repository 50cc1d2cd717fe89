using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Nodes;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A joint project, e.g. an EU Horizon 2020 project; actors that share one collaborate.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Project;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Typed id: `project:rcn-<CORDIS record number>`.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("acronym").Description("Acronym, where known.").Resolve(c => c.Source.Acronym);
        Field<StringGraphType>("title").Description("Title, where known.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("programme").Description("Programme and its parts, e.g. `H2020 SC2;LEIT`.").Resolve(c => c.Source.Programme);
        Field<StringGraphType>("topicCode").Description("The call topic, e.g. `SFS-19-2016-2017`, where known.").Resolve(c => c.Source.TopicCode);
        Field<StringGraphType>("startDate").Description("Start date, ISO 8601 (yyyy-MM-dd).").Resolve(c => c.Source.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("endDate").Description("End date, ISO 8601 (yyyy-MM-dd).").Resolve(c => c.Source.EndDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("url").Description("The project's page at its source (CORDIS).").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S3DomainType>>>>("s3Domains").Description("The S3 domains its programme parts and topic map onto.")
            .Resolve(c => c.Loaders().Domains.LoadMany(c.Source.S3DomainIds));

        var participants = Field<NonNullGraphType<ParticipantConnectionType>>("participants")
            .Description("The actors taking part, coordinator first, then by id.")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var request = PagingArguments.Read(c);
                var id = c.Source.Id;
                var page = await PagingArguments.WithCursorsAsync(() => store.GetProjectParticipationsAsync(id, request, c.CancellationToken)).ConfigureAwait(false);
                return new Connection<Participation>(page, async ct => (await store.GetProjectMetricsAsync([id], ct).ConfigureAwait(false)).GetValueOrDefault(id)?.ParticipantCount ?? 0);
            });
        participants.FieldType.AddForwardArguments("participants");

        Field<NonNullGraphType<IntGraphType>>("participantCount").Description("How many actors take part.")
            .Resolve(c => c.Loaders().ProjectMetrics.Load(c.Source.Id).Then(m => m?.ParticipantCount ?? 0));
    }
}
