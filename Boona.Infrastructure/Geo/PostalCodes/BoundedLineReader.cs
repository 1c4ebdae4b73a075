using System.Text;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Reads lines (ended by \n, \r\n or \r) but never holds more than <paramref name="maxLength"/> characters of
/// one: <see cref="TextReader.ReadLineAsync()"/> would keep reading a file without line breaks into memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength) : IDisposable
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line without its break; null at the end; <c>TooLong</c> when it exceeds the limit.</summary>
    public async Task<(string? Line, bool TooLong)> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
            {
                return (any ? _line.ToString() : null, false);
            }

            any = true;
            var start = _position;
            while (_position < _length && _buffer[_position] is not ('\n' or '\r'))
            {
                _position++;
            }

            _line.Append(_buffer, start, _position - start);
            if (_line.Length > maxLength)
            {
                return (null, true);
            }

            if (_position < _length)
            {
                var ending = _buffer[_position++];
                if (ending == '\r' && (_position < _length || await FillAsync(cancellationToken)) && _buffer[_position] == '\n')
                {
                    _position++;
                }

                return (_line.ToString(), false);
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _length = await reader.ReadAsync(_buffer, cancellationToken);
        _position = 0;
        return _length > 0;
    }
}
