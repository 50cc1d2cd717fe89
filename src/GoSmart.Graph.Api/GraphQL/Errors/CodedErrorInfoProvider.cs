using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>
/// Gives every error one <c>extensions.code</c> from a small, documented set, keeping GraphQL.NET's
/// finer code under <c>extensions.reason</c>; never exposes exception details, not even the type of an unhandled exception.
/// </summary>
public sealed class CodedErrorInfoProvider : ErrorInfoProvider
{
    public CodedErrorInfoProvider()
        : base(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCode = true, ExposeCodes = false, ExposeData = false })
    {
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        var code = CodeOf(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError.Code is { } reason && reason != code && executionError is not UnhandledError)
        {
            extensions["reason"] = reason;
        }

        if (executionError is UserInputError { Field: { } field })
        {
            extensions["field"] = field;
        }

        return new ErrorInfo { Message = MessageOf(executionError, info.Message), Extensions = extensions };
    }

    internal static string CodeOf(ExecutionError error) => error switch
    {
        UserInputError e => e.Code ?? ErrorCodes.BadUserInput,
        SyntaxError => ErrorCodes.ParseFailed,
        ComplexityError or Limits.RootFieldLimitError => ErrorCodes.LimitExceeded,
        Limits.RequestCostError e => e.Code!,
        InvalidVariableError or ArgumentsOfCorrectTypeError or ProvidedNonNullArgumentsError
            or InputFieldsAndArgumentsOfCorrectLengthError or InvalidLiteralError => ErrorCodes.BadUserInput,
        ValidationError => ErrorCodes.ValidationFailed,
        QueryMissingError or InvalidOperationNameError or NoOperationError or NoOperationNameError => ErrorCodes.BadRequest,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError e when StoreUnavailable(e) is not null => ErrorCodes.StoreUnavailable,
        UnhandledError => ErrorCodes.Internal,
        _ => error.Code ?? ErrorCodes.Internal,
    };

    private static string MessageOf(ExecutionError error, string message) =>
        error is UnhandledError
            ? StoreUnavailable(error) is { } unavailable
                ? $"The graph store is not available; try again shortly. {unavailable.Message}"
                : "Something went wrong on our side; the error has been logged."
            : message;

    /// <summary>The store's unavailability anywhere in the cause chain (batch loaders wrap what they share).</summary>
    private static StoreUnavailableException? StoreUnavailable(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException unavailable)
            {
                return unavailable;
            }

            if (e is AggregateException { InnerExceptions: [var only] })
            {
                return StoreUnavailable(only);
            }
        }

        return null;
    }
}
