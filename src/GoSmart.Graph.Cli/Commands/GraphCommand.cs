using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary>
/// What every command shares: opening the store, and turning a failure a person can fix (a missing
/// file, a bad header, a store that is not there) into one line on stderr and exit code 1.
/// </summary>
public abstract class GraphCommand<TSettings>(CliConsoles consoles) : AsyncCommand<TSettings>
    where TSettings : StoreSettings
{
    public const int Failed = 1;
    public const int Cancelled = 130;

    protected IAnsiConsole Out => consoles.Out;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            return await RunAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Fail("cancelled; every batch written before the cancel is kept, none is half written.");
            return Cancelled;
        }
        catch (Exception e) when (e is ImportFileException or StoreUnavailableException or StoreFullException or IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
        {
            Fail(e.Message);
            return Failed;
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    protected void Fail(string message) => consoles.Error.WriteLine("error: " + message);

    protected void Say(TSettings settings, string message)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Quiet)
        {
            Out.WriteLine(message);
        }
    }

    /// <summary>Opens the store in <see cref="StoreSettings.Data"/>; with <paramref name="create"/> false it must exist already.</summary>
    protected static async Task<EmbeddedGraphStore> OpenStoreAsync(StoreSettings settings, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new EmbeddedStoreOptions { DataDirectory = Path.GetFullPath(settings.Data) };
        if (!create && !File.Exists(options.DatabasePath))
        {
            throw new StoreUnavailableException($"There is no store in {options.DataDirectory} (no gosmart.db); give its folder with --data.");
        }

        return await EmbeddedGraphStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
    }
}
