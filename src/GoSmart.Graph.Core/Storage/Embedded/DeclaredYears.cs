namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// What the adjacency index keeps of a declared tie: its years (0 when unknown), four bytes instead of a
/// record with two ids and the evidence, so ten million declared ties are no ten million objects for the
/// collector. The evidence stays in SQLite and is read for the ties a caller is shown.
/// </summary>
internal readonly record struct DeclaredYears(ushort First, ushort Last)
{
    public static DeclaredYears Of(Model.DeclaredCollaboration tie) =>
        new((ushort)(tie?.FirstYear ?? 0), (ushort)(tie?.LastYear ?? 0));
}
