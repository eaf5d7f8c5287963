using System.Text;

namespace Nacre.Cli;

/// <summary>
/// Reads a user's input file (a walk or take script) with its size checked first: at most a limit's worth of bytes
/// is ever read, so <c>--input /dev/zero</c> or a multi-gigabyte file is refused with a message instead of filling
/// memory; a file with NUL bytes is not text and is refused too.
/// </summary>
public static class InputFile
{
    /// <summary>Largest script read, bytes (a 10-minute walk script is under 100 KiB).</summary>
    public const int MaxScriptBytes = 1 << 20;

    /// <summary>The file's text; a <see cref="UsageException"/> naming <paramref name="what"/> when it cannot be read, is too big or is not text.</summary>
    /// <param name="path">The file, as the user gave it.</param>
    /// <param name="what">What the file is, for messages ("input script", "take script").</param>
    /// <param name="maxBytes">Most bytes accepted.</param>
    public static string ReadText(string path, string what, int maxBytes = MaxScriptBytes)
    {
        byte[] buffer = new byte[maxBytes + 1];
        int length = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw TooBig(path, what, maxBytes);
            }
            int n;
            // Read to one byte past the limit whatever the file claims: devices and pipes have no length.
            while (length <= maxBytes && (n = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += n;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read the {what} '{Core.ControlText.Escape(path, 200)}': {e.Message}", e);
        }
        if (length > maxBytes)
        {
            throw TooBig(path, what, maxBytes);
        }
        if (Array.IndexOf(buffer, (byte)0, 0, length) >= 0)
        {
            throw new UsageException($"the {what} '{Core.ControlText.Escape(path, 200)}' is not a text file (it holds NUL bytes): give a UTF-8 text file");
        }
        return new UTF8Encoding(false, false).GetString(buffer, 0, length);
    }

    private static UsageException TooBig(string path, string what, int maxBytes) =>
        new($"the {what} '{Core.ControlText.Escape(path, 200)}' is over {maxBytes / 1024} KiB: scripts are small text files; is this the right file?");
}
