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
        UnhandledError e when StoreFailure.Of(e, null) is { } failure => failure.Code,
        UnhandledError => ErrorCodes.Internal,
        _ => error.Code ?? ErrorCodes.Internal,
    };

    /// <summary>
    /// An unhandled error's message never carries the exception's: a store failure's names addresses, databases
    /// and Cypher (<see cref="UnhandledErrors"/> gives resolvers' failures a message with the request id).
    /// </summary>
    private static string MessageOf(ExecutionError error, string message) =>
        error is UnhandledError
            ? StoreFailure.Of(error, null) is { } failure
                ? failure.ClientMessage(null)
                : InternalError.MessageFor(null)
            : message;
}
