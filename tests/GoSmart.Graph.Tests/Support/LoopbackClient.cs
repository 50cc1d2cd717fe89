using System.Net;
using System.Net.Sockets;

namespace GoSmart.Graph.Tests.Support;

/// <summary>An HttpClient whose connections leave from a chosen loopback address, e.g. 127.0.0.7: another client, as the service sees it.</summary>
public static class LoopbackClient
{
    public static HttpClient From(Uri service, string localAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = service };
}
