using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.Limits;
using Microsoft.Extensions.Options;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace GoSmart.Graph.Tests.Api.GraphQL;

public sealed class ValidationResultCacheTests
{
    private readonly ValidationResultCache _validator = new(Options.Create(new LimitsOptions()));
    private readonly CountingRule _rule = new();
    private readonly Schema _schema = MakeSchema();

    [Fact]
    public async Task ValidateAsync_a_passed_query_without_variables_runs_no_rule_again()
    {
        var document = Parser.Parse("{ greeting(name: \"Ada\") }");

        var first = await ValidateAsync(document);
        var second = await ValidateAsync(document);

        Assert.True(first.IsValid);
        Assert.Same(first, second);
        Assert.Equal(1, _rule.Runs);
        Assert.Single(second.ArgumentValues!);
    }

    [Fact]
    public async Task ValidateAsync_an_operation_with_variables_is_validated_every_time()
    {
        var document = Parser.Parse("query Q($n: String) { greeting(name: $n) }");

        var first = await ValidateAsync(document, new Inputs(new Dictionary<string, object?> { ["n"] = "Ada" }));
        var second = await ValidateAsync(document, new Inputs(new Dictionary<string, object?> { ["n"] = "Grace" }));

        Assert.True(first.IsValid && second.IsValid);
        Assert.NotSame(first, second);
        Assert.Equal(2, _rule.Runs);
    }

    [Fact]
    public async Task ValidateAsync_a_failed_query_fails_again_and_a_mutation_is_never_remembered()
    {
        var failing = Parser.Parse("{ greeting(name: 1) }");
        var mutation = Parser.Parse("mutation { rename }");

        var failed = new[] { await ValidateAsync(failing), await ValidateAsync(failing) };
        var mutations = new[] { await ValidateAsync(mutation), await ValidateAsync(mutation) };

        Assert.All(failed, r => Assert.False(r.IsValid));
        Assert.All(mutations, r => Assert.True(r.IsValid));
        Assert.Equal(4, _rule.Runs);
    }

    [Fact]
    public async Task ValidateAsync_an_operation_the_budget_charges_for_is_validated_every_time()
    {
        var limits = new LimitsOptions();
        limits.RateLimit.FieldCosts["greeting"] = 10;
        var validator = new ValidationResultCache(Options.Create(limits));
        var document = Parser.Parse("{ greeting(name: \"Ada\") }");

        await ValidateAsync(document, validator: validator);
        await ValidateAsync(document, validator: validator);

        Assert.Equal(2, _rule.Runs);
    }

    private Task<IValidationResult> ValidateAsync(GraphQLDocument document, Inputs? variables = null, ValidationResultCache? validator = null) =>
        (validator ?? _validator).ValidateAsync(new ValidationOptions
        {
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Schema = _schema,
            Rules = [.. DocumentValidator.CoreRules, _rule],
            Variables = variables ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = null,
        });

    private static Schema MakeSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("greeting").Argument<StringGraphType>("name").Resolve(c => "Hello " + c.GetArgument<string>("name"));
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("rename").Resolve(_ => "ok");
        var schema = new Schema { Query = query, Mutation = mutation };
        schema.Initialize();
        return schema;
    }

    /// <summary>Counts the validations it takes part in.</summary>
    private sealed class CountingRule : ValidationRuleBase
    {
        public int Runs { get; private set; }

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Runs++;
            return default;
        }
    }
}
