using GoSmart.Graph.Api.Limits;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// The validation rules of every request, fixed at start: GraphQL.NET's core rules and ours; for a document
/// <see cref="DocumentCache"/> has already validated, ours alone. One list made once, instead of a list built
/// per request and per rule (GraphQL.NET's <c>AddValidationRule</c> wraps the execution once per rule).
/// </summary>
public sealed class ValidationRuleSet : IConfigureExecution
{
    private readonly IValidationRule[] _all;
    private readonly IValidationRule[] _ours;

    public ValidationRuleSet(IOptions<LimitsOptions> limits, QueryCostRule cost, RootFieldLimitRule roots, RequestCostRule budget)
    {
        ArgumentNullException.ThrowIfNull(limits);
        List<IValidationRule> ours = [CancellationRule.Instance, cost, roots, budget];
        if (!limits.Value.EnableIntrospection)
        {
            ours.Add(NoIntrospectionValidationRule.Instance);
        }

        _ours = [.. ours];
        _all = [.. DocumentValidator.CoreRules, .. ours];
    }

    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = _all;
        options.CachedDocumentValidationRules = _ours;
        return next(options);
    }
}
