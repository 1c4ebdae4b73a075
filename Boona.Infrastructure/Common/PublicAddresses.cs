using System.Net;
using System.Net.Sockets;

namespace Boona.Infrastructure.Common;

/// <summary>
/// Which IP addresses are the public internet: not loopback, private, shared (CGNAT), link-local,
/// unique-local, multicast, documentation or reserved. Used after DNS resolution, on the address
/// actually connected to, so a public name pointing at 127.0.0.1 or 169.254.169.254 is refused too.
/// </summary>
public static class PublicAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address.GetAddressBytes()),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] a) => !(
        a[0] is 0 or 10 or 127 or >= 224                  // "this network", private, loopback, multicast and reserved
        || (a[0] == 100 && (a[1] & 0xC0) == 64)           // 100.64.0.0/10 shared address space (CGNAT)
        || (a[0] == 169 && a[1] == 254)                   // link-local, cloud metadata services
        || (a[0] == 172 && (a[1] & 0xF0) == 16)           // 172.16.0.0/12
        || (a[0] == 192 && a[1] == 168)
        || (a[0] == 192 && a[1] == 0 && a[2] is 0 or 2)   // IETF protocol assignments, TEST-NET-1
        || (a[0] == 198 && (a[1] & 0xFE) == 18)           // benchmarking
        || (a[0] == 198 && a[1] == 51 && a[2] == 100)     // TEST-NET-2
        || (a[0] == 203 && a[1] == 0 && a[2] == 113));    // TEST-NET-3

    // Only global unicast (2000::/3) is public: this leaves out loopback, unspecified, link-local,
    // unique-local, site-local, multicast, NAT64 and IPv4-compatible forms in one test.
    private static bool IsPublicV6(byte[] a)
    {
        if ((a[0] & 0xE0) != 0x20)
        {
            return false;
        }

        var documentation = a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8;
        var teredo = a[0] == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0;
        var sixToFour = a[0] == 0x20 && a[1] == 0x02;
        return !documentation && !teredo && (!sixToFour || IsPublicV4(a[2..6]));
    }

    /// <summary>
    /// A handler that resolves the host itself, refuses the connection unless every address is allowed,
    /// and connects to exactly the addresses it checked — so a second DNS answer (rebinding) cannot slip
    /// in between check and connect. No proxy (it would connect for us, unchecked) and no redirects.
    /// </summary>
    public static SocketsHttpHandler Handler(Func<IPAddress, bool> mayConnect) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(30),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            if (addresses.Length == 0 || !addresses.All(mayConnect))
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, $"{host} does not resolve to a public address only.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
