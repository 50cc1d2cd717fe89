namespace GoSmart.Graph.Api.GraphQL.Actors;

/// <summary>What an <c>actors</c> field is nested in, which narrows it.</summary>
public enum ActorScope
{
    All,
    Region,
    Domain,
}
