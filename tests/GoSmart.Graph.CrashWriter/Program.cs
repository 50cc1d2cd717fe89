using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.CrashWriter;

// Imports CrashBatches into the store in args[0], continuing after what is there, and prints
// "writing <n>" before and "committed <n>" after each batch; the crash test kills it at a random moment.
// With "bulk" first, loads them all into an empty store as the CLI's bulk import does (one EmbeddedBulkLoad
// fed through a BackgroundBatchWriter), printing "adding <n>", then "completing" and "committed".
if (args is ["bulk", var folder, var count])
{
    var total = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    using var load = EmbeddedBulkLoad.Begin(new EmbeddedStoreOptions { DataDirectory = folder });
    await using (var background = new BackgroundBatchWriter(load.Add))
    {
        await background.ApplyAsync(CrashBatches.Regions(), CancellationToken.None);
        for (var i = 0; i < total; i++)
        {
            Console.WriteLine($"adding {i + 1}");
            await background.ApplyAsync(CrashBatches.Batch(i), CancellationToken.None);
        }

        await background.CompleteAsync(CancellationToken.None);
    }

    Console.WriteLine("completing");
    load.Complete(CancellationToken.None);
    Console.WriteLine("committed");
    return;
}

var options = new EmbeddedStoreOptions { DataDirectory = args[0] };
var batches = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
await using var store = await EmbeddedGraphStore.OpenAsync(options, CancellationToken.None);
if (await store.IsEmptyAsync(CancellationToken.None))
{
    await store.ApplyAsync(CrashBatches.Regions(), CancellationToken.None);
}

var start = await store.CountActorsAsync(null, CancellationToken.None) / CrashBatches.ActorsPerBatch;
for (var i = start; i < batches; i++)
{
    Console.WriteLine($"writing {i + 1}");
    await store.ApplyAsync(CrashBatches.Batch(i), CancellationToken.None);
    Console.WriteLine($"committed {i + 1}");
}

Console.WriteLine("done");
