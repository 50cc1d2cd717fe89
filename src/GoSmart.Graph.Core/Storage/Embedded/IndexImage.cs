using System.Runtime.InteropServices;
using System.Text;
using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// The adjacency index as loaded from the tables (actors, projects, participations, declared partners
/// and their years), kept in the store file itself, stamped with the graph version it was read at.
/// </summary>
/// <remarks>
/// Opening a store whose version equals the stamp reads this image instead of tens of millions of
/// rows; derived ties are still computed from it. Every write through the store and the bulk load raises
/// the version in its own transaction, so a write that committed makes the image stale (never read
/// again) and one that did not commit leaves both the tables and the image as they were. It lives in
/// the same file, so a copied or restored store brings its own image. Rows are chunks of at most
/// <see cref="ChunkSize"/> bytes, under SQLite's value size limit however large the graph.
/// </remarks>
internal static class IndexImage
{
    public const int ChunkSize = 16 << 20;
    private const int Magic = 0x58495347; // "GSIX"
    private const int Format = 1;

    /// <summary>The image stamped with <paramref name="version"/>, or null when there is none, it is stale or it does not read back whole.</summary>
    public static GraphIndex? TryRead(SqliteConnection connection, long version, CancellationToken cancellationToken)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return null;
        }

        try
        {
            using var stream = new ChunkReader(connection, version);
            if (!stream.Start())
            {
                return null;
            }

            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Format || reader.ReadInt64() != version)
            {
                return null;
            }

            var index = new GraphIndex { Version = version };
            var strings = new string[reader.ReadInt32()];
            for (var k = 0; k < strings.Length; k++)
            {
                strings[k] = string.Intern(reader.ReadString());
            }

            var actorCount = reader.ReadInt32();
            index.EnsureActorCapacity(actorCount);
            for (var a = 0; a < actorCount; a++)
            {
                index.AddActor(reader.ReadString(), (ActorKind)reader.ReadByte(), strings[reader.ReadInt32()], strings[reader.ReadInt32()]);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var projectCount = reader.ReadInt32();
            for (var p = 0; p < projectCount; p++)
            {
                var id = reader.ReadString();
                var year = reader.ReadInt32();
                var domains = new string[reader.ReadInt32()];
                for (var k = 0; k < domains.Length; k++)
                {
                    domains[k] = strings[reader.ReadInt32()];
                }

                index.AddProject(id, year, domains);
            }

            var actorProjects = ReadJagged<int>(stream, actorCount);
            var projectActors = ReadJagged<int>(stream, projectCount);
            var partners = ReadJagged<int>(stream, actorCount);
            cancellationToken.ThrowIfCancellationRequested();
            for (var a = 0; a < actorCount; a++)
            {
                index.SetActorProjects(a, actorProjects[a]);
                index.SetDeclared(a, partners[a], ReadArray<DeclaredYears>(stream, partners[a].Length));
            }

            for (var p = 0; p < projectCount; p++)
            {
                index.SetProjectActors(p, projectActors[p]);
            }

            return reader.ReadInt32() == Magic && stream.AtEnd ? index : null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            // A damaged image is no worse than none: the tables are the truth.
            return null;
        }
    }

    /// <summary>
    /// Replaces the image with <paramref name="index"/>, in one transaction that first checks the file is
    /// still at the index's version. False when another writer got there first or the file is busy.
    /// </summary>
    /// <param name="chunkSize">Bytes per row; smaller only in tests, to cover images of several rows.</param>
    public static bool Write(SqliteConnection connection, GraphIndex index, CancellationToken cancellationToken, int chunkSize = ChunkSize)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return false;
        }

        try
        {
            using var tx = connection.BeginTransaction();
            if (Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'version'", tx), System.Globalization.CultureInfo.InvariantCulture) != index.Version)
            {
                return false;
            }

            SqliteSchema.Execute(connection, "DELETE FROM index_image", tx);
            using (var stream = new ChunkWriter(connection, tx, index.Version, chunkSize, cancellationToken))
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                Write(writer, index);
                stream.Complete();
            }

            tx.Commit();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_FULL or raw.SQLITE_READONLY)
        {
            return false;
        }
    }

    /// <summary>Where an index read from the image differs from one read from the tables; empty when they agree.</summary>
    public static List<string> Differences(GraphIndex image, GraphIndex tables)
    {
        var found = new List<string>();
        if (image.ActorCount != tables.ActorCount || image.ProjectCount != tables.ProjectCount)
        {
            found.Add($"the image has {image.ActorCount} actors and {image.ProjectCount} projects, the tables {tables.ActorCount} and {tables.ProjectCount}");
            return found;
        }

        for (var a = 0; a < tables.ActorCount; a++)
        {
            if (image.ActorIds[a] != tables.ActorIds[a] || image.Kinds[a] != tables.Kinds[a] || image.Countries[a] != tables.Countries[a]
                || image.RegionIds[a] != tables.RegionIds[a] || !image.ActorProjects[a].AsSpan().SequenceEqual(tables.ActorProjects[a])
                || !image.DeclaredPartners[a].AsSpan().SequenceEqual(tables.DeclaredPartners[a])
                || !image.DeclaredYearsByActor[a].AsSpan().SequenceEqual(tables.DeclaredYearsByActor[a]))
            {
                found.Add($"actor {tables.ActorIds[a]} differs");
            }
        }

        for (var p = 0; p < tables.ProjectCount; p++)
        {
            if (image.ProjectIds[p] != tables.ProjectIds[p] || image.StartYears[p] != tables.StartYears[p]
                || !image.ProjectActors[p].AsSpan().SequenceEqual(tables.ProjectActors[p])
                || !image.ProjectDomains[p].SequenceEqual(tables.ProjectDomains[p], StringComparer.Ordinal))
            {
                found.Add($"project {tables.ProjectIds[p]} differs");
            }
        }

        return found;
    }

    private static void Write(BinaryWriter writer, GraphIndex index)
    {
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(index.Version);

        var strings = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string s)
        {
            if (!numbers.TryGetValue(s, out var n))
            {
                n = strings.Count;
                numbers[s] = n;
                strings.Add(s);
            }

            return n;
        }

        for (var a = 0; a < index.ActorCount; a++)
        {
            Number(index.Countries[a]);
            Number(index.RegionIds[a]);
        }

        for (var p = 0; p < index.ProjectCount; p++)
        {
            foreach (var d in index.ProjectDomains[p])
            {
                Number(d);
            }
        }

        writer.Write(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }

        writer.Write(index.ActorCount);
        for (var a = 0; a < index.ActorCount; a++)
        {
            writer.Write(index.ActorIds[a]);
            writer.Write((byte)index.Kinds[a]);
            writer.Write(numbers[index.Countries[a]]);
            writer.Write(numbers[index.RegionIds[a]]);
        }

        writer.Write(index.ProjectCount);
        for (var p = 0; p < index.ProjectCount; p++)
        {
            writer.Write(index.ProjectIds[p]);
            writer.Write(index.StartYears[p]);
            writer.Write(index.ProjectDomains[p].Length);
            foreach (var d in index.ProjectDomains[p])
            {
                writer.Write(numbers[d]);
            }
        }

        WriteJagged(writer, index.ActorProjects, index.ActorCount);
        WriteJagged(writer, index.ProjectActors, index.ProjectCount);
        WriteJagged(writer, index.DeclaredPartners, index.ActorCount);
        for (var a = 0; a < index.ActorCount; a++)
        {
            writer.Write(MemoryMarshal.AsBytes(index.DeclaredYearsByActor[a].AsSpan()));
        }

        writer.Write(Magic);
    }

    private static void WriteJagged<T>(BinaryWriter writer, T[][] arrays, int count)
        where T : unmanaged
    {
        var lengths = new int[count];
        for (var k = 0; k < count; k++)
        {
            lengths[k] = arrays[k].Length;
        }

        writer.Write(MemoryMarshal.AsBytes(lengths.AsSpan()));
        for (var k = 0; k < count; k++)
        {
            writer.Write(MemoryMarshal.AsBytes(arrays[k].AsSpan()));
        }
    }

    private static T[][] ReadJagged<T>(Stream stream, int count)
        where T : unmanaged
    {
        var lengths = ReadArray<int>(stream, count);
        var arrays = new T[count][];
        for (var k = 0; k < count; k++)
        {
            arrays[k] = ReadArray<T>(stream, lengths[k]);
        }

        return arrays;
    }

    private static T[] ReadArray<T>(Stream stream, int length)
        where T : unmanaged
    {
        if (length <= 0)
        {
            return length == 0 ? [] : throw new InvalidDataException("A negative length in the index image.");
        }

        var array = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>The image's rows as one stream; a row of another version or a gap in the numbering ends it as damaged.</summary>
    private sealed class ChunkReader : Stream
    {
        private readonly SqlScan scan;
        private readonly long version;
        private byte[] chunk = [];
        private int position;
        private int part;

        public ChunkReader(SqliteConnection connection, long version)
        {
            scan = new SqlScan(connection, "SELECT part, version, data FROM index_image ORDER BY part");
            this.version = version;
        }

        /// <summary>Reads the first row; false when there is none.</summary>
        public bool Start() => Next();

        public bool AtEnd => position == chunk.Length && !Next();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position == chunk.Length && !Next())
            {
                return 0;
            }

            var n = Math.Min(buffer.Length, chunk.Length - position);
            chunk.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                scan.Dispose();
            }

            base.Dispose(disposing);
        }

        private bool Next()
        {
            if (!scan.Read())
            {
                return false;
            }

            if (scan.Int64(0) != part++ || scan.Int64(1) != version)
            {
                throw new InvalidDataException("The index image is stale or has a gap.");
            }

            chunk = scan.Blob(2);
            position = 0;
            return true;
        }
    }

    /// <summary>Buffers the image and inserts it a chunk at a time, so writing a large graph holds one chunk, not the whole image.</summary>
    private sealed class ChunkWriter : Stream
    {
        private readonly SqliteCommand insert;
        private readonly byte[] buffer;
        private int length;
        private int part;

        private readonly CancellationToken cancellationToken;

        public ChunkWriter(SqliteConnection connection, SqliteTransaction tx, long version, int chunkSize, CancellationToken cancellationToken)
        {
            this.cancellationToken = cancellationToken;
            buffer = new byte[chunkSize];
            insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO index_image(part, version, data) VALUES ($part, $version, $data)";
            insert.Parameters.AddWithValue("$version", version);
            insert.Parameters.Add("$part", SqliteType.Integer);
            insert.Parameters.Add("$data", SqliteType.Blob);
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                var n = Math.Min(data.Length, buffer.Length - length);
                data[..n].CopyTo(buffer.AsSpan(length));
                length += n;
                data = data[n..];
                if (length == buffer.Length)
                {
                    Insert();
                }
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        /// <summary>Inserts the last, partly filled chunk.</summary>
        public void Complete()
        {
            if (length > 0)
            {
                Insert();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                insert.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Insert()
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Parameters["$part"].Value = part++;
            insert.Parameters["$data"].Value = length == buffer.Length ? buffer : buffer[..length];
            insert.ExecuteNonQuery();
            length = 0;
        }
    }
}
