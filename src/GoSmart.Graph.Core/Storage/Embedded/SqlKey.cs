namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>One column of a keyset order in SQL; <paramref name="Sql"/> is a constant expression of ours, never user text.</summary>
internal sealed record SqlKey(string Sql, bool Descending, bool IsText);
