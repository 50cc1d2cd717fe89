namespace GoSmart.Graph.Tests.Support;

/// <summary>One hosted service on the real seed, shared by the end-to-end tests that only read.</summary>
public sealed class SeededService : IDisposable
{
    public SeededService()
    {
        Factory = new GraphServiceFactory();
        Client = new GraphQLClient(Factory.CreateClient());
    }

    public GraphServiceFactory Factory { get; }

    public GraphQLClient Client { get; }

    public CountingGraphStore Store => Factory.CountingStore!;

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeededServiceGroup : ICollectionFixture<SeededService>
{
    public const string Name = "seeded service";
}
