using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// One TCP connection to a hosted service from a chosen loopback address (its socket bound to it), that
/// sends bytes as written and reads one HTTP/1.1 answer: for what HttpClient would not do (hold idle
/// connections, drip a body, send broken framing).
/// </summary>
public sealed class RawHttpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    private RawHttpConnection(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri service, string localAddress = "127.0.0.1")
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, service.Port));
        return new RawHttpConnection(socket);
    }

    public async Task SendAsync(string text) => await _stream.WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>A GET of <paramref name="path"/> on a keep-alive connection, and its answer.</summary>
    public async Task<RawHttpResponse> GetAsync(string path)
    {
        await SendAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        return await ReadResponseAsync();
    }

    /// <summary>The next answer; status 0 when the server closed the connection without one.</summary>
    public async Task<RawHttpResponse> ReadResponseAsync(int timeoutSeconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            int read;
            try
            {
                read = await _stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                read = 0;
            }

            if (read == 0)
            {
                return new RawHttpResponse(0, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), string.Empty);
            }

            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        var head = Encoding.ASCII.GetString(received.GetRange(0, headEnd).ToArray()).Split("\r\n");
        var headers = head.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = received.Skip(headEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await _stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            body.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        return new RawHttpResponse(int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    public void Dispose()
    {
        _stream.Dispose();
        _socket.Dispose();
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>An HTTP answer as read off the wire.</summary>
public sealed record RawHttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The <c>extensions.code</c> of the first error of a GraphQL answer, or null.</summary>
    public string? ErrorCode => Body.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(Body)?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
