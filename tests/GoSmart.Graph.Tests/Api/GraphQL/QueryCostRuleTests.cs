using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Tests.Support;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Tests.Api.GraphQL;

/// <summary>Complexity and depth with each fragment counted once per spread site, not walked per expansion.</summary>
public sealed class QueryCostRuleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(2048, false)]
    [InlineData(2047, true)]
    public async Task Fan_out_of_ten_fragments_costs_its_two_thousand_and_forty_eight_fields(int maxComplexity, bool refused)
    {
        // F10 is `stats { actors }` (2 fields); each of F9 … F0 spreads the next twice: 2 × 2^10.
        var result = await ExecuteAsync(AttackDocuments.FragmentFanOut(10), new LimitsOptions { MaxComplexity = maxComplexity });

        Assert.Equal(refused, result.Errors?.Any(e => e is ComplexityError) == true);
    }

    [Fact]
    public async Task Fan_out_of_sixty_fragments_is_refused_without_walking_its_expansions()
    {
        var result = await ExecuteAsync(AttackDocuments.FragmentFanOut(60), new LimitsOptions());

        var error = Assert.Single(result.Errors!);
        Assert.IsType<ComplexityError>(error);
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        const string Query = "{ ...A } fragment A on Query { stats { ...B } } fragment B on Stats { actors }";

        var within = await ExecuteAsync(Query, new LimitsOptions { MaxDepth = 2 });
        var beyond = await ExecuteAsync(Query, new LimitsOptions { MaxDepth = 1 });

        Assert.Null(within.Errors);
        Assert.IsType<ComplexityError>(Assert.Single(beyond.Errors!));
    }

    [Fact]
    public async Task A_client_that_left_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(AttackDocuments.FragmentFanOut(30), new LimitsOptions(), cancelled.Token));
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, LimitsOptions limits, CancellationToken cancellationToken = default) =>
        Task.Run(
            () => new DocumentExecuter().ExecuteAsync(o =>
            {
                o.Schema = new StatsSchema();
                o.Query = query;
                o.CancellationToken = cancellationToken;
                o.ThrowOnUnhandledException = true;
                o.ValidationRules = DocumentValidator.CoreRules.Append(new QueryCostRule(Options.Create(limits)));
            }),
            cancellationToken).WaitAsync(Patience, cancellationToken);

    private sealed class StatsSchema : Schema
    {
        public StatsSchema()
        {
            var stats = new ObjectGraphType { Name = "Stats" };
            stats.Field<IntGraphType>("actors").Resolve(_ => 1);
            var query = new ObjectGraphType { Name = "Query" };
            query.Field("stats", stats).Resolve(_ => new object());
            Query = query;
        }
    }
}
