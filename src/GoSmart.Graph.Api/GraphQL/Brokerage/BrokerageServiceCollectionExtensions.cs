using GoSmart.Graph.Core.Analysis.Brokerage;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL.Brokerage;

public static class BrokerageServiceCollectionExtensions
{
    /// <summary>One <see cref="BrokerageAnalyzer"/> for the service, so whole-graph scores are computed once per graph version.</summary>
    public static IServiceCollection AddBrokerage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BrokerageOptions>(configuration.GetSection(BrokerageOptions.Section));
        services.AddSingleton(sp => new BrokerageAnalyzer(sp.GetRequiredService<IOptions<BrokerageOptions>>().Value));
        return services;
    }
}
