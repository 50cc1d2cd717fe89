using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Api.GraphQL.Regions;
using GoSmart.Graph.Core.Analysis.S3Overlap;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.S3Overlap;

public sealed class SharedDomainType : ObjectGraphType<SharedDomain>
{
    public const int MaxActors = 100;

    public SharedDomainType()
    {
        Name = "SharedDomain";
        Description = "An S3 domain that all the given regions prioritise, with its actors there and the collaborations already crossing between the regions.";
        Field<NonNullGraphType<S3DomainType>>("domain").Description("The shared domain.").Resolve(c => c.Loaders().Domains.Load(c.Source.DomainId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions").Description("The given regions, in the order given.").Resolve(c => c.Loaders().Regions.LoadMany(c.Source.RegionIds));
        Field<NonNullGraphType<IntGraphType>>("actorCount").Description("Actors of the given regions (or of regions inside them) active in the domain.").Resolve(c => c.Source.Actors.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors")
            .Description($"Those actors, strongest activity in the domain first (projects in it), then by id; at most {MaxActors}.")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 10;
                a.Description = $"How many actors: 0 to {MaxActors}.";
            })
            .Resolve(c =>
            {
                var first = c.GetArgument("first", 10);
                PagingArguments.Check(first, "first", MaxActors);
                return c.Loaders().Actors.LoadMany(c.Source.Actors.Take(first).Select(a => a.ActorId));
            });
        Field<NonNullGraphType<IntGraphType>>("crossRegionCollaborations")
            .Description("Collaborating pairs of those actors that lie in different given regions.")
            .Resolve(c => c.Source.CrossRegionCollaborations);
        Field<NonNullGraphType<IntGraphType>>("crossRegionProjects")
            .Description("The weights of those collaborations summed: shared projects, counted once per pair.")
            .Resolve(c => (int)Math.Min(c.Source.CrossRegionProjects, int.MaxValue));
    }
}
