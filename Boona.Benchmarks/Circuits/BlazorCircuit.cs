using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Benchmarks.Circuits;

/// <summary>
/// One Blazor Server circuit without a browser: what <c>blazor.web.js</c> does, over SignalR's .NET client.
/// <list type="number">
/// <item>GET the page (prerendered) with the session cookie; read its root component markers
/// (<c>&lt;!--Blazor:{…}--&gt;</c>) and the persisted state comment.</item>
/// <item>Connect to <c>/_blazor</c> (WebSockets, protocol <c>blazorpack</c>), <c>StartCircuit(baseUri, uri, "[]", state)</c>
/// (a Blazor Web App starts with no components), then <c>UpdateRootComponents</c> with one "add" operation per marker.</item>
/// <item>Apply every <c>JS.RenderBatch</c> to a <see cref="CircuitDom"/> and acknowledge it (<c>OnRenderCompleted</c>);
/// answer every <c>JS.BeginInvokeJS</c> with a neutral result (null, or a fresh JS object reference where one is
/// asked for); remember the renderer's interop object (<c>attachWebRendererInterop</c>), through which events go
/// (<c>BeginInvokeDotNetFromJS(…, "DispatchEventAsync", …)</c>); follow the app's own navigations
/// (<c>navigationManager.navigateTo</c> → <c>OnLocationChanged</c>), as the browser's router does.</item>
/// <item>On dispose: the disconnect beacon (<c>POST /_blazor/disconnect</c>), so the server frees the circuit at once
/// as it does when a tab closes, then close the connection.</item>
/// </list>
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly Uri _baseAddress;
    private readonly HttpClient _http;
    private readonly HubConnection _connection;
    private readonly CircuitDom _dom = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<string>> _pendingDotNetCalls = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastBatchAt;
    private long _nextCallId;
    private long _nextJsObjectId;
    private long? _rendererInterop;
    private string? _circuitId;
    private int _disposed;

    private BlazorCircuit(Uri baseAddress, HttpClient http, CookieContainer cookies)
    {
        _baseAddress = baseAddress;
        _http = http;
        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "_blazor"), options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
        });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        _connection = builder.Build();
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<string>("JS.Error", error => Fail($"The server reported: {error}"));
        _connection.Closed += error =>
        {
            Fail(error is null ? "The connection closed." : $"The connection closed: {error.Message}");
            return Task.CompletedTask;
        };
    }

    /// <summary>Where the circuit's page is now (it follows the app's navigations).</summary>
    public Uri Location => Read(dom => dom.Location);

    /// <summary>The first problem the circuit met (a render batch it could not apply, an error from the server, a closed connection); null while healthy.</summary>
    public string? Failure { get; private set; }

    /// <summary>Whether the server accepted the disconnect beacon on dispose (and so freed the circuit at once).</summary>
    public bool Disconnected { get; private set; }

    /// <summary>Render batches received and acknowledged.</summary>
    public int Batches { get; private set; }

    /// <summary>JS interop calls the server made, by identifier (for finding out what a page needs from the browser).</summary>
    public Dictionary<string, int> JsCalls { get; } = new(StringComparer.Ordinal);

    /// <summary>Opens <paramref name="path"/> as a signed-in browser tab would: prerendered GET, then a live circuit.</summary>
    public static async Task<BlazorCircuit> OpenAsync(Uri baseAddress, string path, CookieContainer cookies, HttpClient http, CancellationToken cancellationToken)
    {
        var pageUri = new Uri(baseAddress, path);
        using var response = await http.GetAsync(pageUri, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} (signed in?).");
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var markers = MarkerPattern().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server")
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {path} rendered no interactive server component (no Blazor marker).");
        }

        var state = StatePattern().Match(html) is { Success: true } found ? found.Groups[1].Value : string.Empty;
        var circuit = new BlazorCircuit(baseAddress, http, cookies);
        circuit._dom.Location = pageUri;
        try
        {
            await circuit._connection.StartAsync(cancellationToken);
            circuit._circuitId = await circuit._connection.InvokeAsync<string?>(
                "StartCircuit", baseAddress.ToString(), pageUri.ToString(), "[]", state, cancellationToken)
                ?? throw new InvalidOperationException("StartCircuit returned no circuit id.");
            var operations = new JsonObject
            {
                ["batchId"] = 1,
                ["operations"] = new JsonArray([.. markers.Select((marker, i) => (JsonNode)new JsonObject
                {
                    ["type"] = "add",
                    ["ssrComponentId"] = i + 1,
                    ["marker"] = marker,
                })]),
            };
            await circuit._connection.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Waits until <paramref name="probe"/> finds what it looks for in the page (checked now and after every render
    /// batch); returns it with the time the batch that showed it arrived (<see cref="Stopwatch.GetTimestamp"/>).
    /// </summary>
    public async Task<(T Value, long At)> WaitForAsync<T>(Func<CircuitDom, T?> probe, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (Failure is not null)
                {
                    throw new InvalidOperationException(Failure);
                }

                if (probe(_dom) is { } found)
                {
                    return (found, _lastBatchAt);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Not shown within {timeout.TotalSeconds:F0} s ({Batches} render batches so far, at {Location.PathAndQuery}).");
            }
        }
    }

    /// <summary>Reads the page under the circuit's lock (render batches are applied on SignalR's receive loop).</summary>
    public T Read<T>(Func<CircuitDom, T> read)
    {
        lock (_gate)
        {
            return read(_dom);
        }
    }

    /// <summary>
    /// Fires a browser event at a handler, as <c>blazor.web.js</c>'s event delegator does: a descriptor (handler id,
    /// event name, and for inputs the field's component and new value) and the event's arguments.
    /// </summary>
    public async Task DispatchEventAsync(ulong eventHandlerId, string eventName, object eventArgs, (int ComponentId, string Value)? field, CancellationToken cancellationToken)
    {
        var interop = _rendererInterop ?? throw new InvalidOperationException("The server has not attached its renderer's interop object yet.");
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var descriptor = new JsonObject
        {
            ["eventHandlerId"] = eventHandlerId,
            ["eventName"] = eventName,
            ["eventFieldInfo"] = field is { } f ? new JsonObject { ["componentId"] = f.ComponentId, ["fieldValue"] = f.Value } : null,
        };
        var arguments = new JsonArray(descriptor, JsonSerializer.SerializeToNode(eventArgs));
        var completion = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pendingDotNetCalls[callId] = completion;
        }

        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", interop, arguments.ToJsonString(), cancellationToken);
    }

    /// <summary>
    /// Types <paramref name="text"/> into an input one key at a time: an <c>input</c> event per keystroke with the value
    /// so far. The input is looked up again before every key (a render may replace it or its handler).
    /// </summary>
    public async Task TypeAsync(Func<CircuitDom, DomElement?> input, string text, TimeSpan betweenKeys, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= text.Length; i++)
        {
            var value = text[..i];
            var (handler, componentId) = Read(dom => input(dom) is { } element && element.EventHandlers.TryGetValue("input", out var id)
                ? (id, element.ComponentId)
                : throw new InvalidOperationException("The input is not on the page, or has no oninput handler."));
            await DispatchEventAsync(handler, "input", new { value }, (componentId, value), cancellationToken);
            if (i < text.Length)
            {
                await Task.Delay(betweenKeys, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_circuitId is { } circuitId)
        {
            try
            {
                using var form = new MultipartFormDataContent { { new StringContent(circuitId), "circuitId" } };
                using var response = await _http.PostAsync(new Uri(_baseAddress, "_blazor/disconnect"), form);
                Disconnected = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                // The server is gone already: nothing to free.
            }
        }

        lock (_gate)
        {
            Failure ??= "disposed";
        }

        await _connection.DisposeAsync();
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        string? error = null;
        lock (_gate)
        {
            try
            {
                _dom.Apply(RenderBatch.Read(data));
                Batches++;
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or InvalidCastException or IndexOutOfRangeException)
            {
                error = $"Render batch {batchId} could not be applied: {e.Message}";
                Failure ??= error;
            }

            _lastBatchAt = Stopwatch.GetTimestamp();
            Signal();
        }

        await _connection.SendAsync("OnRenderCompleted", batchId, error);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        Uri? navigation = null;
        lock (_gate)
        {
            JsCalls[identifier] = JsCalls.GetValueOrDefault(identifier) + 1;
        }

        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                var arguments = JsonNode.Parse(argsJson)!.AsArray();
                _rendererInterop = arguments[1]?["__dotNetObject"]?.GetValue<long>();
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                navigation = new Uri(_baseAddress, JsonNode.Parse(argsJson)![0]!.GetValue<string>());
                break;
        }

        // JSObjectReference results get a fresh object id (calls on it are answered like any other); everything else null.
        var result = resultType == 1 ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextJsObjectId)}}}" : "null";
        if (asyncHandle != 0)
        {
            await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{result}]");
        }

        if (navigation is not null)
        {
            // The browser's router: the history entry changes, then the circuit hears of the new location.
            lock (_gate)
            {
                _dom.Location = navigation;
            }

            await _connection.SendAsync("OnLocationChanged", navigation.ToString(), null, false);
        }
    }

    private void OnEndInvokeDotNet(string callId, bool success, string result)
    {
        lock (_gate)
        {
            if (_pendingDotNetCalls.Remove(callId, out var pending))
            {
                pending.TrySetResult(result);
            }

            if (!success)
            {
                Failure ??= $"A call into .NET failed: {result}";
                Signal();
            }
        }
    }

    private void Fail(string reason)
    {
        lock (_gate)
        {
            Failure ??= reason;
            Signal();
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();
}
