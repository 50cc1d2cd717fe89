using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Charges the client's budget (<see cref="ClientBudget"/>) for the expensive root fields of the operation
/// that is to run, each use at its <see cref="RateLimitOptions.FieldCosts"/>, when the operation is
/// validated: a request counts what it asks the service to compute, not only that it came.
/// </summary>
public sealed class RequestCostRule(ClientBudget budget, IHttpContextAccessor accessor) : ValidationRuleBase
{
    /// <summary>Where the rule leaves the seconds after which the budget has room again, for the endpoint's <c>Retry-After</c>.</summary>
    public const string RetryAfterItem = "GoSmart.RetryAfter";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rate = budget.Options;
        if (!rate.Enabled || accessor.HttpContext is not { } http || context.Operation is not { } operation)
        {
            return default;
        }

        var cost = CostOf(operation, context.Document, rate.FieldCosts);
        if (cost == 0)
        {
            return default;
        }

        var capacity = budget.CapacityOf(http);
        if (cost > capacity)
        {
            context.ReportError(new RequestCostError(context.Document.Source, operation, ErrorCodes.LimitExceeded,
                $"The operation costs {cost} units (expensive fields: paths, network, brokerage, …), more than the {capacity} a client has per {rate.WindowSeconds} s; split it into several requests."));
            return default;
        }

        using var lease = budget.Limiter.AttemptAcquire(http, (int)cost);
        if (!lease.IsAcquired)
        {
            RateLimitingExtensions.SetRetryAfter(http, lease);
            context.ReportError(new RequestCostError(context.Document.Source, operation, ErrorCodes.RateLimited,
                $"The operation costs {cost} units and this client's budget ({rate.PermitLimit} per {rate.WindowSeconds} s; {rate.AnonymousPermitLimit} for all anonymous clients) has not that much left; retry after the Retry-After header's seconds."));
        }

        return default;
    }

    /// <summary>What running <paramref name="operation"/> is charged, in units of <see cref="RateLimitOptions.FieldCosts"/>.</summary>
    public static long CostOf(GraphQLOperationDefinition operation, GraphQLDocument document, IDictionary<string, int> costs)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return RootFields.Of(operation, document).Sum(field => costs.TryGetValue(field.Name.StringValue, out var c) ? Math.Max(0, c) : 0L);
    }
}
