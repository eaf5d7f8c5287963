using System.Globalization;
using Nacre.Media;

namespace Nacre.Cli.Commands;

/// <summary>
/// Frames as numbered PNGs (<c>frame_00000.png</c>, …) in a folder. They are written into a temporary folder beside
/// it and moved in only when the walk is complete, so a failure or cancel leaves the folder as it was.
/// </summary>
internal sealed class PngFrameSink : IFrameSink
{
    private readonly string _target;
    private readonly string _temp;
    private readonly int _width;
    private readonly int _height;
    private long _count;
    private bool _completed;

    public PngFrameSink(string target, int width, int height)
    {
        _target = target;
        _width = width;
        _height = height;
        _temp = target.TrimEnd(Path.DirectorySeparatorChar) + $".tmp-{Environment.ProcessId}";
        Directory.CreateDirectory(_temp);
    }

    /// <summary>Checks that <paramref name="dir"/> is a new or empty folder in a writable place; returns its full path.</summary>
    public static string CheckFolder(string dir)
    {
        if (string.IsNullOrWhiteSpace(dir))
        {
            throw new UsageException("--frames-dir is empty: give a folder for the PNG frames, e.g. --frames-dir frames");
        }
        string full = Path.GetFullPath(dir);
        if (File.Exists(full))
        {
            throw new UsageException($"--frames-dir '{dir}' is a file: give a new or empty folder");
        }
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new UsageException($"--frames-dir '{dir}' already has files in it: give a new or empty folder so no frames get mixed up");
        }
        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"cannot write frames to '{dir}': folder '{parent}' does not exist");
        }
        CommonOptions.CheckFolderWritable(parent, $"cannot write frames to '{dir}'");
        return full;
    }

    public string Destination => $"{_target} ({_count} PNG frames)";

    public void Write(ReadOnlySpan<byte> rgba)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"frame_{_count:D5}.png");
        using (var fs = new FileStream(Path.Combine(_temp, name), FileMode.CreateNew, FileAccess.Write))
        {
            ImageFile.WritePng(fs, rgba, _width, _height);
        }
        _count++;
    }

    public void Complete()
    {
        if (Directory.Exists(_target))
        {
            foreach (string file in Directory.EnumerateFiles(_temp))
            {
                File.Move(file, Path.Combine(_target, Path.GetFileName(file)));
            }
            Directory.Delete(_temp);
        }
        else
        {
            Directory.Move(_temp, _target);
        }
        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed && Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }
}
