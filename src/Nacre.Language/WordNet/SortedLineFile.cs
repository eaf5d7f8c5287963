using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Nacre.Language.WordNet;

/// <summary>
/// Random access to a text file of lines: binary search of a file sorted by its first field in byte order
/// (WordNet's <c>index.*</c> files), and reading the line at a byte offset (WordNet's <c>data.*</c> files, whose
/// synset ids are byte offsets). Nothing is loaded up front, so a fresh process looks up a word in microseconds.
/// Thread-safe: every read is positional (<see cref="RandomAccess"/>), with no shared file position.
/// </summary>
internal sealed class SortedLineFile : IDisposable
{
    private const int Block = 512; // bytes read per probe; WordNet index lines are almost always shorter

    private readonly SafeFileHandle _handle;
    private readonly long _length;

    public SortedLineFile(string path)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        _length = RandomAccess.GetLength(_handle);
        Path = path;
    }

    public string Path { get; }

    /// <summary>The line whose first space-separated field equals <paramref name="key"/> (ASCII), or null.</summary>
    public string? Find(string key)
    {
        byte[] target = Encoding.ASCII.GetBytes(key);
        long lo = 0, hi = _length;
        Span<byte> probe = stackalloc byte[Block];
        while (lo < hi)
        {
            long mid = lo + ((hi - lo) / 2);
            long start = mid == 0 ? 0 : NextLineStart(mid - 1, probe);
            if (start >= hi)
            {
                hi = mid;
                continue;
            }
            string line = ReadLine(start, out long next);
            int cmp = CompareKey(line, target);
            if (cmp == 0)
            {
                return line;
            }
            if (cmp < 0)
            {
                lo = next;
            }
            else
            {
                hi = start;
            }
        }
        return null;
    }

    /// <summary>The line that starts at byte <paramref name="offset"/>, without its newline.</summary>
    public string ReadLine(long offset) => ReadLine(offset, out _);

    private string ReadLine(long offset, out long next)
    {
        byte[] buffer = new byte[Block];
        int filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            int n = RandomAccess.Read(_handle, buffer.AsSpan(filled), offset + filled);
            if (n <= 0)
            {
                next = offset + filled;
                return Encoding.UTF8.GetString(buffer, 0, filled);
            }
            int nl = Array.IndexOf(buffer, (byte)'\n', filled, n);
            filled += n;
            if (nl >= 0)
            {
                next = offset + nl + 1;
                return Encoding.UTF8.GetString(buffer, 0, nl);
            }
        }
    }

    /// <summary>Position just after the first newline at or after <paramref name="from"/>, or the file length.</summary>
    private long NextLineStart(long from, Span<byte> probe)
    {
        long at = from;
        while (at < _length)
        {
            int n = RandomAccess.Read(_handle, probe, at);
            if (n <= 0)
            {
                break;
            }
            int nl = probe[..n].IndexOf((byte)'\n');
            if (nl >= 0)
            {
                return at + nl + 1;
            }
            at += n;
        }
        return _length;
    }

    /// <summary>Byte-order comparison of the line's first field with the key (the order WordNet sorts by).</summary>
    private static int CompareKey(string line, byte[] key)
    {
        int end = line.IndexOf(' ', StringComparison.Ordinal);
        if (end < 0)
        {
            end = line.Length;
        }
        int n = Math.Min(end, key.Length);
        for (int i = 0; i < n; i++)
        {
            int d = line[i] - key[i];
            if (d != 0)
            {
                return d;
            }
        }
        return end - key.Length;
    }

    public void Dispose() => _handle.Dispose();
}
