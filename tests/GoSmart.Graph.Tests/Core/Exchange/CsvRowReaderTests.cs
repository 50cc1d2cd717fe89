using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class CsvRowReaderTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void ReadChunk_quoted_fields_are_unescaped_and_the_raw_row_is_the_file_text()
    {
        var path = CsvFiles.Write(directory.Path, "rows.csv",
            "id,Name,note",
            "1,\"x, y\",\"say \"\"hi\"\"\"",
            "2,plain,\"two",
            "lines\"",
            "3,,");
        using var reader = CsvRowReader.Open(path, ["id", "name"]);

        var rows = reader.ReadChunk(10);

        Assert.Equal([2L, 3L, 5L], rows.Select(r => r.Line));
        Assert.Equal(["x, y", "plain", ""], rows.Select(r => r.Field("name")));
        Assert.Equal(["say \"hi\"", "two\nlines", ""], rows.Select(r => r.Field("note")));
        Assert.Equal("x, y", rows[0].Span("name").ToString());
        Assert.Equal("1,\"x, y\",\"say \"\"hi\"\"\"", rows[0].Raw);
        Assert.Equal("2,plain,\"two\nlines\"", rows[1].Raw);
        Assert.Equal("", rows[2].Field("missing"));
        Assert.Empty(reader.ReadChunk(10));
    }

    [Fact]
    public void ReadChunk_rows_keep_their_text_after_later_chunks_are_read()
    {
        var path = CsvFiles.Write(directory.Path, "rows.csv", ["id,name", .. Enumerable.Range(0, 5_000).Select(i => $"{i},\"name {i}, quoted\"")]);
        using var reader = CsvRowReader.Open(path, ["id"]);

        var chunks = new List<List<CsvRow>>();
        for (var chunk = reader.ReadChunk(700); chunk.Count > 0; chunk = reader.ReadChunk(700))
        {
            chunks.Add(chunk);
        }

        var rows = chunks.SelectMany(c => c).ToList();
        Assert.Equal(5_000, rows.Count);
        Assert.All(rows.Select((r, i) => (r, i)), x => Assert.Equal($"name {x.i}, quoted", x.r.Field("name")));
        Assert.Equal("4999,\"name 4999, quoted\"", rows[^1].Raw);
    }

    [Fact]
    public void ReadChunk_pooled_columns_give_one_string_per_value()
    {
        var path = CsvFiles.Write(directory.Path, "edges.csv", "source,target", "actor:a,actor:b", "actor:b,actor:a");
        using var reader = CsvRowReader.Open(path, ["source"], ["source", "target"], new StringPool());

        var rows = reader.ReadChunk(10);

        Assert.Same(rows[0].Field("source"), rows[1].Field("target"));
        Assert.Same(rows[0].Field("target"), rows[1].Field("source"));
    }
}
