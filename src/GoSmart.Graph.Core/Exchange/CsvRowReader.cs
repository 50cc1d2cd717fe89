using nietras.SeparatedValues;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Reads a CSV file in chunks of rows (Sep, RFC 4180 quoting). Opening checks that the file exists and
/// that its header has the required columns, so a bad file fails before an import writes anything.
/// </summary>
internal sealed class CsvRowReader : IDisposable
{
    private readonly FileStream stream;
    private readonly SepReader reader;
    private readonly CsvColumns columnIndex;
    private CsvChunk? last;
    private readonly HashSet<int> pooledColumns;
    private readonly StringPool pool;

    private CsvRowReader(string path, FileStream stream, SepReader reader, Dictionary<string, int> columns, HashSet<int> pooledColumns, StringPool pool)
    {
        Path = path;
        this.stream = stream;
        this.reader = reader;
        columnIndex = new CsvColumns(columns);
        this.pooledColumns = pooledColumns;
        this.pool = pool;
    }

    public string Path { get; }

    public long Length => stream.Length;

    public long Position => stream.Position;

    /// <param name="pooledColumns">Columns whose values repeat (ids, types): their strings come from <paramref name="pool"/>.</param>
    public static CsvRowReader Open(string path, IReadOnlyList<string> requiredColumns, IReadOnlyList<string>? pooledColumns = null, StringPool? pool = null)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException($"{path}: no such file.");
        }

        FileStream? stream = null;
        SepReader? reader = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, HasHeader = true, DisableColCountCheck = true }).From(stream);
            if (reader.Header.IsEmpty)
            {
                throw new ImportFileException($"{path}: the file is empty; the first line must be a header with the columns {string.Join(", ", requiredColumns)}.");
            }

            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var names = reader.Header.ColNames;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i].Trim().TrimStart('\uFEFF');
                if (!columns.TryAdd(name, i))
                {
                    throw new ImportFileException($"{path} line 1: the header names the column '{name}' twice.");
                }
            }

            var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportFileException(
                    $"{path} line 1: the header lacks the column(s) {string.Join(", ", missing)}; it must have {string.Join(", ", requiredColumns)} (found: {string.Join(", ", names)}).");
            }

            var pooled = new HashSet<int>((pooledColumns ?? []).Where(columns.ContainsKey).Select(c => columns[c]));
            return new CsvRowReader(path, stream, reader, columns, pooled, pool ?? new StringPool(0));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reader?.Dispose();
            stream?.Dispose();
            throw new ImportFileException($"{path}: cannot be read: {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            // Sep refuses a header that names a column twice.
            reader?.Dispose();
            stream?.Dispose();
            throw new ImportFileException($"{path} line 1: the header is not usable: {e.Message}", e);
        }
        catch
        {
            reader?.Dispose();
            stream?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> rows; an empty list at the end of the file. With <paramref name="reuse"/>,
    /// the chunk's buffers are those of the chunk before, whose rows must no longer be used: ten million
    /// edges then cost no new buffer per chunk.
    /// </summary>
    public List<CsvRow> ReadChunk(int max, bool reuse = false)
    {
        var chunk = reuse && last is not null ? last.Clear() : new CsvChunk(columnIndex, pooledColumns, pool);
        last = chunk;
        while (chunk.Rows.Count < max && reader.MoveNext())
        {
            var row = reader.Current;
            var raw = row.Span;
            var slot = chunk.AppendRow(raw);
            var count = row.ColCount;
            for (var i = 0; i < count; i++)
            {
                chunk.AppendField(raw, row[i].Span);
            }

            chunk.Rows.Add(new CsvRow(chunk, slot, count, row.LineNumberFrom));
        }

        return chunk.Rows;
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }
}
