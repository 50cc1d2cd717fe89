using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Counts the fields and list items of a query's answer as execution builds them, and stops at
/// <see cref="LimitsOptions.MaxResultFields"/>: the complexity check counts a list without <c>first</c> as 20 items, but
/// some hold what the data holds (the seed's region matrix by region has 2,011 links), and GraphQL.NET builds the
/// whole answer in memory before it is serialized and measured, so 100 copies of one such list took 900 MB first.
/// The answer is then replaced by one <c>LIMIT_EXCEEDED</c> error; the lists not yet built are not built.
/// </summary>
public sealed class ResultSizeLimit(IOptions<LimitsOptions> limits) : ParallelExecutionStrategy
{
    private const string Key = "GoSmart.ResultFields";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = new FieldCount(limits.Value.MaxResultFields);
        context.UserContext[Key] = count;
        var result = await base.ExecuteAsync(context).ConfigureAwait(false);
        if (count.Exceeded)
        {
            result.Errors = [count.Error()];
            result.Data = null;
        }

        return result;
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var count = CountOf(context);
        if (count is { Exceeded: true })
        {
            // The answer is replaced by the error: what is left is not built.
            parent.SubFields = [];
            return;
        }

        base.SetSubFieldNodes(context, parent);
        count?.Add(parent.SubFields?.Length ?? 0);
    }

    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var count = CountOf(context);
        var counted = parent.Result as System.Collections.ICollection;
        // A list's items are counted before their nodes are made when it knows its size, so a list past the limit is never built.
        if (count is not null && (count.Exceeded || (counted is not null && !count.Add(counted.Count))))
        {
            parent.Items = [];
            return;
        }

        await base.SetArrayItemNodesAsync(context, parent).ConfigureAwait(false);
        if (count is not null && counted is null)
        {
            count.Add(parent.Items?.Count ?? 0);
        }
    }

    private static FieldCount? CountOf(ExecutionContext context) =>
        context.UserContext.TryGetValue(Key, out var value) ? value as FieldCount : null;

    private sealed class FieldCount(int max)
    {
        private long total;

        public bool Exceeded => Interlocked.Read(ref total) > max;

        /// <summary>False once the answer holds more than the limit.</summary>
        public bool Add(int nodes) => Interlocked.Add(ref total, nodes) <= max;

        public UserInputError Error() => UserInputError.LimitExceeded(
            $"The answer would hold more than {max:N0} fields and list items (Limits:MaxResultFields); ask for fewer items (first, limit, filters) or fewer fields, or split the request.");
    }
}
