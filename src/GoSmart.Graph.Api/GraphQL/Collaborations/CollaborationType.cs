using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Api.GraphQL.Projects;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Collaborations;

public sealed class CollaborationType : ObjectGraphType<Collaboration>
{
    public CollaborationType()
    {
        Name = "Collaboration";
        Description = "The COLLABORATES_WITH tie between two actors, with its evidence.";
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Tie strength: the number of shared projects (a declared tie without shared projects weighs 1).").Resolve(c => c.Source.Weight);
        Field<IntGraphType>("firstYear").Description("Start year of the earliest shared project.").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Description("Start year of the latest shared project.").Resolve(c => c.Source.LastYear);
        Field<NonNullGraphType<BooleanGraphType>>("declared").Description("True when a broker declared the tie.").Resolve(c => c.Source.Declared);
        Field<StringGraphType>("declaredEvidence").Description("What the broker recorded about a declared tie.").Resolve(c => c.Source.DeclaredEvidence);
        Field<NonNullGraphType<IntGraphType>>("sharedProjectCount").Description("How many projects the two actors share.")
            .Resolve(c => c.Loaders().SharedProjects.Load(new ActorPair(c.Source.ActorId, c.Source.OtherActorId)).Then(s => s?.TotalCount ?? 0));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("evidence")
            .Description($"The shared projects, most recent first: the first few (at most {GraphLoaders.EvidencePerPairMax}).")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 3;
                a.Description = $"How many shared projects to list: 0 to {GraphLoaders.EvidencePerPairMax}.";
            })
            .Resolve(c =>
            {
                var first = c.GetArgument("first", 3);
                PagingArguments.Check(first, "first", GraphLoaders.EvidencePerPairMax);
                return c.Loaders().SharedProjects.Load(new ActorPair(c.Source.ActorId, c.Source.OtherActorId))
                    .Then(s => (IReadOnlyList<Project>)(s?.Projects.Take(first).ToList() ?? []));
            });
    }
}
