using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>Thrown by resolvers for input a person can fix; shown with its code and message.</summary>
public sealed class UserInputError : ExecutionError
{
    public UserInputError(string message, string code = ErrorCodes.BadUserInput)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The input field at fault, e.g. <c>input.country</c>; shown as <c>extensions.field</c>.</summary>
    public string? Field { get; init; }

    public static UserInputError Invalid(string field, string message) => new(message) { Field = field };

    public static UserInputError NotFound(string message) => new(message, ErrorCodes.NotFound);

    public static UserInputError LimitExceeded(string message) => new(message, ErrorCodes.LimitExceeded);
}
