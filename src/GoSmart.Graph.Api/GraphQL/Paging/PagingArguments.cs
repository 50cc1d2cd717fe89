using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paging;

/// <summary>Reads and checks Relay paging arguments; limits are explicit, never silently clamped.</summary>
public static class PagingArguments
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static void AddForwardArguments(this FieldType field, string what)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = $"How many {what} to return: 0 to {MaxPageSize}, default {DefaultPageSize}." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Return items after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." });
    }

    public static void AddBackwardArguments(this FieldType field, string what)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = $"How many {what} to return from the end: 0 to {MaxPageSize}." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Return items before this cursor (`pageInfo.startCursor`)." });
    }

    public static PageRequest Read(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.HasArgument("last") ? context.GetArgument<int?>("last") : null;
        var after = context.GetArgument<string?>("after");
        var before = context.HasArgument("before") ? context.GetArgument<string?>("before") : null;

        if (first is not null && last is not null)
        {
            throw new UserInputError("Pass either `first` (with `after`) or `last` (with `before`), not both.");
        }

        if ((first is not null && before is not null) || (last is not null && after is not null))
        {
            throw new UserInputError("Page forwards with `first` and `after`, or backwards with `last` and `before`; do not mix them.");
        }

        Check(first, "first");
        Check(last, "last");
        if (last is not null || before is not null)
        {
            if (after is not null)
            {
                throw new UserInputError("`after` pages forwards and `before` backwards; pass only one of them.");
            }

            return new PageRequest(Last: last ?? DefaultPageSize, Before: before);
        }

        return new PageRequest(First: first ?? DefaultPageSize, After: after);
    }

    public static void Check(int? size, string argument, int max = MaxPageSize)
    {
        if (size < 0)
        {
            throw new UserInputError($"`{argument}` must be 0 or more; it was {size}.");
        }

        if (size > max)
        {
            throw UserInputError.LimitExceeded($"`{argument}` may be at most {max}; it was {size}. Page with the cursors to get more.");
        }
    }

    /// <summary>Runs a store call, turning a bad cursor into BAD_USER_INPUT.</summary>
    public static async Task<T> WithCursorsAsync<T>(Func<Task<T>> query)
    {
        try
        {
            return await query().ConfigureAwait(false);
        }
        catch (InvalidCursorException e)
        {
            throw new UserInputError($"Invalid cursor: {e.Message} Use a cursor this list returned, with the same sort order.");
        }
    }
}
