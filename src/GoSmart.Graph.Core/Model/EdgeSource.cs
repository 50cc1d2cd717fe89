namespace GoSmart.Graph.Core.Model;

/// <summary>Where a relationship comes from: derived from data, or declared by a person.</summary>
public enum EdgeSource
{
    Derived,
    Declared,
}
