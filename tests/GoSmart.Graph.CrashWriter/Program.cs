using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.CrashWriter;

// Imports CrashBatches into the store in args[0], continuing after what is there, and prints
// "writing <n>" before and "committed <n>" after each batch; the crash test kills it at a random moment.
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
