using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorKindType : EnumerationGraphType<ActorKind>
{
    public ActorKindType()
    {
        Name = "ActorKind";
        Description = "What an actor is, by the quadruple helix of smart specialisation. CORDIS activity types map as PRC → COMPANY, HES and REC → RESEARCH, PUB → AUTHORITY, OTH → INTERMEDIARY.";
        Values["COMPANY"]!.Description = "A private for-profit company (CORDIS PRC).";
        Values["RESEARCH"]!.Description = "A university or research organisation (CORDIS HES, REC).";
        Values["AUTHORITY"]!.Description = "A public body (CORDIS PUB).";
        Values["INTERMEDIARY"]!.Description = "A cluster, agency, association or other intermediary (CORDIS OTH).";
    }
}
