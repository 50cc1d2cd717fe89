using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Regions;

public sealed class GoSmartRoleType : EnumerationGraphType<GoSmartRole>
{
    public GoSmartRoleType()
    {
        Name = "GoSmartRole";
        Description = "How the GoSmart BSR project divided its partner regions.";
        Values["LEARNING"]!.Description = "A less developed region that learns: Podlaskie, Kaunas (and Vilnius), Vidzeme, South Estonia.";
        Values["ADVANCED"]!.Description = "A more advanced region that shares practice: Southern Denmark, Hamburg, Kouvola (Kymenlaakso).";
    }
}
