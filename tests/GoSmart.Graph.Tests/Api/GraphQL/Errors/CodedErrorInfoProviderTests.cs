using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL.Execution;

namespace GoSmart.Graph.Tests.Api.GraphQL.Errors;

public sealed class CodedErrorInfoProviderTests
{
    private readonly CodedErrorInfoProvider _provider = new();

    [Fact]
    public void GetInfo_unhandled_error_hides_message_and_exception_type()
    {
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'actor'.", new InvalidOperationException("secret detail")));

        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.False(info.Extensions.ContainsKey("reason"));
        Assert.DoesNotContain("secret", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetInfo_user_input_error_keeps_its_code_and_message()
    {
        var info = _provider.GetInfo(UserInputError.LimitExceeded("`first` may be at most 100; it was 101."));

        Assert.Equal(ErrorCodes.LimitExceeded, info.Extensions!["code"]);
        Assert.Equal("`first` may be at most 100; it was 101.", info.Message);
    }
}
