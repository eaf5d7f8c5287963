using System.Globalization;
using System.Text.Json;

namespace Nacre.Media;

/// <summary>Reads a video's size, codec, frame count and duration with ffprobe: an independent reader to check our output.</summary>
public static class VideoProbe
{
    /// <exception cref="FfmpegNotFoundException">ffprobe is not installed.</exception>
    /// <exception cref="InvalidDataException">The file is not a video ffprobe can read.</exception>
    public static VideoInfo Read(string path)
    {
        string[] args =
        [
            "-v", "error", "-select_streams", "v:0", "-count_packets",
            "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_packets,r_frame_rate:format=duration",
            "-of", "json", path,
        ];
        using System.Diagnostics.Process p = Ffmpeg.Start(Ffmpeg.FfprobePath, args, redirectInput: false);
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        string json = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidDataException($"ffprobe could not read '{path}': {stderr.Result.Trim()}");
        }
        using JsonDocument doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("streams", out JsonElement streams) || streams.GetArrayLength() == 0)
        {
            throw new InvalidDataException($"'{path}' has no video stream");
        }
        JsonElement s = streams[0];
        string rate = s.GetProperty("r_frame_rate").GetString() ?? "0/1";
        string[] parts = rate.Split('/');
        double fps = double.Parse(parts[0], CultureInfo.InvariantCulture) / (parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 1);
        return new VideoInfo(
            s.GetProperty("width").GetInt32(),
            s.GetProperty("height").GetInt32(),
            s.GetProperty("codec_name").GetString() ?? "",
            s.GetProperty("pix_fmt").GetString() ?? "",
            long.Parse(s.GetProperty("nb_read_packets").GetString() ?? "0", CultureInfo.InvariantCulture),
            double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString() ?? "0", CultureInfo.InvariantCulture),
            fps);
    }
}
