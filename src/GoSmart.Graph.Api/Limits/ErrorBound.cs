using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Bounds the errors of a response (<see cref="DocumentLimitsOptions"/>): at most <c>MaxErrors</c>, then
/// one saying how many more; messages cut at <c>MaxErrorMessageLength</c>, locations at <c>MaxErrorLocations</c>.
/// With introspection off, removes "Did you mean …" suggestions, which would give the schema back one
/// guessed word at a time.
/// </summary>
public sealed class ErrorBound(IOptions<LimitsOptions> limits) : IConfigureExecution
{
    private const string Suggestion = " Did you mean ";

    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(options).ConfigureAwait(false);
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result;
        }

        var document = limits.Value.Document;
        var suggestions = limits.Value.EnableIntrospection;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(document.MaxErrors))
        {
            kept.Add(Bound(error, document, suggestions));
        }

        if (errors.Count > document.MaxErrors)
        {
            kept.Add(new UserInputError(
                $"{errors.Count - document.MaxErrors} more errors were left out (a response lists at most {document.MaxErrors}, Limits:Document:MaxErrors); fix the ones above first.",
                ErrorCodes.LimitExceeded));
        }

        result.Errors = kept;
        return result;
    }

    private static ExecutionError Bound(ExecutionError error, DocumentLimitsOptions limits, bool suggestions)
    {
        if (error.Locations is { } locations && locations.Count > limits.MaxErrorLocations)
        {
            locations.RemoveRange(limits.MaxErrorLocations, locations.Count - limits.MaxErrorLocations);
        }

        var message = error.Message;
        if (!suggestions && message.IndexOf(Suggestion, StringComparison.Ordinal) is var at and >= 0)
        {
            message = message[..at];
        }

        if (message.Length > limits.MaxErrorMessageLength)
        {
            message = string.Concat(message.AsSpan(0, limits.MaxErrorMessageLength - 1), "…");
        }

        if (ReferenceEquals(message, error.Message))
        {
            return error;
        }

        // The message of an exception cannot change: the same error, told shorter, with the same code.
        var bounded = new UserInputError(message, CodedErrorInfoProvider.CodeOf(error)) { Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            bounded.AddLocation(location);
        }

        return bounded;
    }
}
