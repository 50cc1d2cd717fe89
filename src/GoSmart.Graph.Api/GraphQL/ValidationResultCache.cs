using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using GoSmart.Graph.Api.Limits;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Validates as GraphQL.NET does, and remembers a passed validation of a query operation that declares no
/// variables: with the same cached document (see <see cref="DocumentCache"/>), such an operation can only
/// validate the same way again, and its argument values are the same, so a dashboard's repeated query
/// skips every rule. An operation with variables, a mutation, one that failed, or one that the request budget
/// charges for (<see cref="RequestCostRule"/>, which must run for each request) is validated every time.
/// </summary>
public sealed class ValidationResultCache(IOptions<LimitsOptions> limits) : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();

    // Keyed by the operation node of a cached document: an entry lives as long as the document does.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> _passed = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var operation = options.Operation;
        var cacheable = operation.Operation == OperationType.Query
            && (operation.Variables is null || operation.Variables.Count == 0)
            && options.Variables.Count == 0
            && IsFree(operation, options.Document);
        if (cacheable && _passed.TryGetValue(operation, out var known))
        {
            return Task.FromResult(known);
        }

        var validation = _inner.ValidateAsync(options);
        return cacheable ? RememberAsync(operation, validation) : validation;
    }

    private bool IsFree(GraphQLOperationDefinition operation, GraphQLDocument document)
    {
        var rate = limits.Value.RateLimit;
        return !rate.Enabled || RequestCostRule.CostOf(operation, document, rate.FieldCosts) == 0;
    }

    private async Task<IValidationResult> RememberAsync(GraphQLOperationDefinition operation, Task<IValidationResult> validation)
    {
        var result = await validation.ConfigureAwait(false);
        if (result.IsValid)
        {
            _passed.AddOrUpdate(operation, result);
        }

        return result;
    }
}
