using GoSmart.Graph.Api.GraphQL.Collaborations;
using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Nodes;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Api.GraphQL.Projects;
using GoSmart.Graph.Api.GraphQL.Regions;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorType : ObjectGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "An innovation actor: a company, research institute, public authority or intermediary.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Actor;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Typed id: `actor:pic-<PIC>` for CORDIS organisations, `actor:gosmart-<name>` for GoSmart partners without a PIC.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name; for a GoSmart partner its English name, for an organisation CORDIS left unnamed a name that says what is known.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alternativeNames").Description("Other names it is known by (legal name in CORDIS, native-language name); search finds these too.").Resolve(c => c.Source.AlternativeNames);
        Field<StringGraphType>("shortName").Description("Short name or acronym, where known.").Resolve(c => c.Source.ShortName);
        Field<NonNullGraphType<ActorKindType>>("kind").Description("Company, research, authority or intermediary.").Resolve(c => c.Source.Kind);
        Field<BooleanGraphType>("sme").Description("True for a small or medium-sized enterprise; null where unknown.").Resolve(c => c.Source.Sme);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 country code.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<RegionType>>("region").Description("The region it is located in (LOCATED_IN): a GoSmart partner region, a NUTS-2 region, or the country where nothing finer is known.")
            .Resolve(c =>
            {
                var actor = c.Source;
                return c.Loaders().Regions.Load(actor.RegionId)
                    .Then(region => region ?? throw UserInputError.NotFound($"The region `{actor.RegionId}` of `{actor.Id}` is not in the graph; add the region or correct the actor."));
            });
        Field<StringGraphType>("city").Description("City, where known.").Resolve(c => c.Source.City);
        Field<StringGraphType>("website").Description("Web site, where known.").Resolve(c => c.Source.Website);
        Field<StringGraphType>("pic").Description("CORDIS participant identification code, where it has one.").Resolve(c => c.Source.Pic);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S3DomainType>>>>("s3Domains").Description("The S3 domains it is active in (ACTIVE_IN, from its projects or declared), strongest first.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return loaders.ActorDomains.Load(c.Source.Id)
                    .Then(list => loaders.Domains.LoadMany((list ?? []).Select(d => d.DomainId)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("memberOf").Description("The clusters and networks it is a member of (MEMBER_OF, declared).")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var id = c.Source.Id;
                return loaders.Memberships.Load(id)
                    .Then(list => loaders.Actors.LoadMany((list ?? []).Where(m => m.MemberId == id).Select(m => m.ClusterId)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("members").Description("Its members, when it is a cluster or network (MEMBER_OF, declared).")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var id = c.Source.Id;
                return loaders.Memberships.Load(id)
                    .Then(list => loaders.Actors.LoadMany((list ?? []).Where(m => m.ClusterId == id).Select(m => m.MemberId)));
            });
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Number of distinct collaborators (COLLABORATES_WITH).")
            .Resolve(c => c.Loaders().Metrics.Load(c.Source.Id).Then(m => m?.Degree ?? 0));
        Field<NonNullGraphType<IntGraphType>>("projectCount").Description("Number of projects it participates in.")
            .Resolve(c => c.Loaders().Metrics.Load(c.Source.Id).Then(m => m?.ProjectCount ?? 0));

        var projects = Field<NonNullGraphType<ProjectConnectionType>>("projects")
            .Description("Its projects (PARTICIPATES_IN), most recent first; each edge carries its role.")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var request = PagingArguments.Read(c);
                var page = await PagingArguments.WithCursorsAsync(() => store.GetActorParticipationsAsync(c.Source.Id, request, c.CancellationToken)).ConfigureAwait(false);
                var id = c.Source.Id;
                return new Connection<ProjectRef>(
                    ProjectRef.FromParticipations(page),
                    async ct => (await store.GetActorMetricsAsync([id], ct).ConfigureAwait(false)).GetValueOrDefault(id)?.ProjectCount ?? 0);
            });
        projects.FieldType.AddForwardArguments("projects");

        var collaborators = Field<NonNullGraphType<CollaboratorConnectionType>>("collaborators")
            .Description("Whom it collaborates with, strongest tie first (shared projects, then most recent, then id); the edge carries the tie's weight, years and evidence.")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var request = PagingArguments.Read(c);
                var page = await PagingArguments.WithCursorsAsync(() => store.GetCollaboratorsAsync(c.Source.Id, request, c.CancellationToken)).ConfigureAwait(false);
                var id = c.Source.Id;
                return new Connection<Collaboration>(
                    page,
                    async ct => (await store.GetActorMetricsAsync([id], ct).ConfigureAwait(false)).GetValueOrDefault(id)?.Degree ?? 0);
            });
        collaborators.FieldType.AddForwardArguments("collaborators");
    }
}
