using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Nacre.Core;
using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>Where a recorded take starts: the camera, lens and light seen when Record was pressed, and how much of the world's edit log existed then.</summary>
/// <param name="Camera">Camera pose at Record.</param>
/// <param name="Lens">Lens on sensor at Record.</param>
/// <param name="Hours">Time of day, hours.</param>
/// <param name="Weather">Weather kind.</param>
/// <param name="Intensity">Weather intensity, 0 … 1.</param>
/// <param name="SunAzimuth">The director's sun direction, radians, or null for the time of day's own.</param>
/// <param name="Mood">Event density.</param>
/// <param name="Aspect">Frame width / height shots were framed for.</param>
/// <param name="LogEntries">Entries of the world's edit log applied before the take (the log is append-only, so this prefix never changes).</param>
/// <param name="Subject">What "it" meant at Record (the take goes on with it), or null.</param>
/// <param name="Shot">The shot size the HUD showed at Record, or null.</param>
/// <param name="Angle">The camera angle at Record.</param>
/// <param name="FollowId">The object the camera was following at Record, or null.</param>
/// <param name="Wind">The take's wind strength at Record (1 = the everyday breeze).</param>
public sealed record TakeStart(CameraPose Camera, Lens Lens, float Hours, WeatherKind Weather, float Intensity, float? SunAzimuth, Mood Mood, float Aspect, int LogEntries,
    ResolvedSubject? Subject = null, ShotSize? Shot = null, CameraAngle Angle = CameraAngle.EyeLevel, ulong? FollowId = null, float Wind = 1f);

/// <summary>A command line of a take and the take tick it was submitted at (it took effect on the next tick).</summary>
public sealed record TakeCommand(long Tick, string Text);

/// <summary>
/// A take recorded in the studio: a start state and the commands typed, stamped by tick. A take replays exactly — live
/// in the studio, or rendered offline — because the studio records it on a director session that starts fresh at
/// Record from <see cref="Start"/> (tick 0), and replays run the same commands on the same ticks from the same start.
/// </summary>
public sealed record RecordedTake(TakeStart Start, IReadOnlyList<TakeCommand> Commands, long DurationTicks)
{
    /// <summary>Format version of <see cref="ToJson"/>.</summary>
    public const int Version = 1;

    public double DurationSeconds => Ticks.ToSeconds(DurationTicks);

    /// <summary>A fresh director session at the take's start: the world with the first <see cref="TakeStart.LogEntries"/> edits of its log.</summary>
    public DirectorSession NewSession(DirectorWorld world, ulong seed, IEnumerable<LogEntry> worldLog)
    {
        ArgumentNullException.ThrowIfNull(worldLog);
        TakeStart s = Start;
        var atmosphere = new AtmosphereState(s.Hours, s.Weather, s.Intensity, s.SunAzimuth);
        atmosphere.SetWind(0, s.Wind, Motion.Cut);
        atmosphere.Step(0);
        var session = new DirectorSession(world, seed, s.Camera, atmosphere, s.Mood, s.Aspect, s.Lens);
        session.Restore(WorldLog.Read(worldLog.Take(s.LogEntries)));
        session.Continue(s.Subject, s.Shot, s.Angle, s.FollowId);
        return session;
    }

    /// <summary>
    /// The take as a script for <see cref="TakeRunner"/>, each command on its recorded tick. Throws
    /// <see cref="FormatException"/> if a recorded command no longer parses.
    /// </summary>
    public TakeScript ToScript()
    {
        var cues = new List<TakeCue>(Commands.Count);
        for (int i = 0; i < Commands.Count; i++)
        {
            TakeCommand c = Commands[i];
            DirectorParseResult parsed = DirectorParser.Parse(c.Text);
            if (!parsed.IsSuccess)
            {
                throw new FormatException($"command {i + 1} of the take ('{c.Text}') no longer parses: {parsed.Error.Message}");
            }
            cues.Add(new TakeCue(i + 1, Ticks.ToSeconds(c.Tick), parsed.Command));
        }
        return new TakeScript(cues, DurationSeconds);
    }

    /// <summary>The take as people read it, in the take script format (times rounded to hundredths; replays use the exact ticks).</summary>
    public string ScriptText()
    {
        var sb = new StringBuilder();
        foreach (TakeCommand c in Commands)
        {
            sb.Append(CultureInfo.InvariantCulture, $"@{Ticks.ToSeconds(c.Tick):0.##}s {c.Text}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"@{DurationSeconds:0.##}s end\n");
        return sb.ToString();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            TakeStart s = Start;
            w.WriteStartObject();
            w.WriteNumber("version", Version);
            w.WriteStartObject("start");
            w.WriteNumber("x", s.Camera.Position.X);
            w.WriteNumber("y", s.Camera.Position.Y);
            w.WriteNumber("z", s.Camera.Position.Z);
            w.WriteNumber("yaw", s.Camera.Yaw);
            w.WriteNumber("pitch", s.Camera.Pitch);
            w.WriteNumber("roll", s.Camera.Roll);
            w.WriteNumber("focalMm", s.Lens.FocalMm);
            w.WriteNumber("sensorWidthMm", s.Lens.SensorWidthMm);
            w.WriteNumber("sensorHeightMm", s.Lens.SensorHeightMm);
            w.WriteNumber("hours", s.Hours);
            w.WriteString("weather", s.Weather.ToString());
            w.WriteNumber("intensity", s.Intensity);
            if (s.SunAzimuth is { } sun)
            {
                w.WriteNumber("sunAzimuth", sun);
            }
            else
            {
                w.WriteNull("sunAzimuth");
            }
            w.WriteString("mood", s.Mood.ToString());
            w.WriteNumber("aspect", s.Aspect);
            w.WriteNumber("logEntries", s.LogEntries);
            if (s.Subject is { } subject)
            {
                w.WriteStartObject("subject");
                w.WriteString("name", subject.Name);
                w.WriteNumber("x", subject.Base.X);
                w.WriteNumber("y", subject.Base.Y);
                w.WriteNumber("z", subject.Base.Z);
                w.WriteNumber("hx", subject.HalfExtents.X);
                w.WriteNumber("hy", subject.HalfExtents.Y);
                w.WriteNumber("hz", subject.HalfExtents.Z);
                w.WriteNumber("yaw", subject.Yaw);
                w.WriteString("id", subject.ObjectId.ToString(CultureInfo.InvariantCulture));
                w.WriteString("label", subject.Label.ToString());
                w.WriteString("kind", subject.Kind.ToString());
                w.WriteEndObject();
            }
            if (s.Shot is { } shot)
            {
                w.WriteString("shot", shot.ToString());
            }
            w.WriteString("angle", s.Angle.ToString());
            if (s.FollowId is { } follow)
            {
                w.WriteString("follow", follow.ToString(CultureInfo.InvariantCulture));
            }
            w.WriteNumber("wind", s.Wind);
            w.WriteEndObject();
            w.WriteNumber("ticks", DurationTicks);
            w.WriteStartArray("commands");
            foreach (TakeCommand c in Commands)
            {
                w.WriteStartObject();
                w.WriteNumber("tick", c.Tick);
                w.WriteString("text", c.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ResolvedSubject ReadSubject(JsonElement j)
    {
        float F(string name) => j.GetProperty(name).GetSingle();
        return new ResolvedSubject(j.GetProperty("name").GetString()!, new Vector3(F("x"), F("y"), F("z")), new Vector3(F("hx"), F("hy"), F("hz")), F("yaw"),
            ulong.Parse(j.GetProperty("id").GetString()!, CultureInfo.InvariantCulture), Enum.Parse<SemanticLabel>(j.GetProperty("label").GetString()!),
            Enum.Parse<SubjectKind>(j.GetProperty("kind").GetString()!));
    }

    /// <summary>Reads a take back; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static RecordedTake FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement r = doc.RootElement;
            int version = r.GetProperty("version").GetInt32();
            if (version != Version)
            {
                throw new FormatException($"take format {version} is not one this build reads (it reads {Version})");
            }
            JsonElement s = r.GetProperty("start");
            float F(string name) => s.GetProperty(name).GetSingle();
            JsonElement sun = s.GetProperty("sunAzimuth");
            var start = new TakeStart(
                new CameraPose(new Vector3(F("x"), F("y"), F("z")), F("yaw"), F("pitch"), F("roll")),
                new Lens(F("focalMm"), F("sensorWidthMm"), F("sensorHeightMm")),
                F("hours"), Enum.Parse<WeatherKind>(s.GetProperty("weather").GetString()!), F("intensity"),
                sun.ValueKind == JsonValueKind.Null ? null : sun.GetSingle(),
                Enum.Parse<Mood>(s.GetProperty("mood").GetString()!), F("aspect"), s.GetProperty("logEntries").GetInt32())
            {
                Subject = s.TryGetProperty("subject", out JsonElement j) ? ReadSubject(j) : null,
                Shot = s.TryGetProperty("shot", out JsonElement shot) ? Enum.Parse<ShotSize>(shot.GetString()!) : null,
                Angle = s.TryGetProperty("angle", out JsonElement angle) ? Enum.Parse<CameraAngle>(angle.GetString()!) : CameraAngle.EyeLevel,
                FollowId = s.TryGetProperty("follow", out JsonElement follow) ? ulong.Parse(follow.GetString()!, CultureInfo.InvariantCulture) : null,
                Wind = s.TryGetProperty("wind", out JsonElement wind) ? wind.GetSingle() : 1f,
            };
            var commands = new List<TakeCommand>();
            foreach (JsonElement c in r.GetProperty("commands").EnumerateArray())
            {
                commands.Add(new TakeCommand(c.GetProperty("tick").GetInt64(), c.GetProperty("text").GetString()!));
            }
            long ticks = r.GetProperty("ticks").GetInt64();
            if (ticks < 0 || commands.Any(c => c.Tick < 0 || c.Tick > ticks) || start.LogEntries < 0)
            {
                throw new FormatException("a take's ticks must be ≥ 0 and its commands inside it");
            }
            return new RecordedTake(start, commands, ticks);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new FormatException($"not a recorded take: {e.Message}", e);
        }
    }
}
