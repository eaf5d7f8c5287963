using System.Globalization;

// The project runs with invariant globalization, so interpolation formats numbers with '.' everywhere.
using Nacre.Language.Directing;

namespace Nacre.Language.Tests.Directing;

/// <summary>One canonical line per command, so a table of phrasings reads as "what was said → what it means".</summary>
public static class CommandDescriber
{
    public static string Describe(DirectorCommand command) => command switch
    {
        CameraMoveCommand m => $"{m.Kind} {m.Amount:0.##} {m.Motion}{(m.Toward is null ? "" : " toward " + m.Toward.Text)}",
        OrbitCommand o => $"Orbit {S(o.Subject)} {o.Degrees:0.##} {o.Motion}",
        LensCommand l => $"Lens {l.FocalMm:0.##} {l.Motion}",
        ZoomCommand z => $"Zoom x{z.Factor:0.##} {z.Motion}",
        SensorCommand s => $"Sensor {s.Preset}",
        ShotCommand s => $"Shot {s.Size} {S(s.Subject)} {(s.Angle?.ToString() ?? "-")} {s.Motion}",
        AngleCommand a => $"Angle {a.Angle} {(a.Degrees is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) : "-")} {S(a.Subject)} {a.Motion}",
        LookAtCommand l => $"LookAt {S(l.Subject)} {l.Motion}",
        FollowCommand f => $"Follow {S(f.Subject)}",
        GoToCommand g => $"GoTo {S(g.Landmark)} {g.Motion}",
        SaveCameraCommand s => $"Save {s.Name}",
        CutToCameraCommand c => $"CutTo {c.Name} {c.Motion}",
        HoldCommand => "Hold",
        TimeOfDayCommand t => $"Time {t.Hours:0.##} {t.Name} {t.Motion}{(t.Keep ? " keep" : "")}",
        SunDirectionCommand s => $"Sun {(s.CompassDegrees is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : s.Relative.ToString())} {s.Motion}{(s.Keep ? " keep" : "")}",
        WeatherCommand w => $"Weather {w.Kind} {w.Intensity:0.##} {w.Motion}{(w.Keep ? " keep" : "")}",
        KeepCommand => "Keep",
        MoodCommand m => $"Mood {m.Mood}",
        SpawnCommand s => $"Spawn {s.Count} {s.Label}{(s.Color is null ? "" : " " + s.Color.Name)} {s.Where.Relation} {S(s.Where.Anchor)}{(s.Behaviour is null ? "" : " " + B(s.Behaviour))}",
        MoveObjectCommand m => $"Move {S(m.Subject)} {m.Where.Relation} {S(m.Where.Anchor)}",
        RemoveCommand r => $"Remove {S(r.Subject)}",
        RecolorCommand r => $"Recolor {S(r.Subject)} {r.Color.Name}",
        BehaviourCommand b => $"Behave {S(b.Actor)} {B(b.Behaviour)}",
        _ => command.GetType().Name,
    };

    /// <summary>Subject as a bracketed query: [noun ord sup colour all rel(anchor)] or [camera]/[previous].</summary>
    public static string S(SubjectQuery? q)
    {
        if (q is null)
        {
            return "-";
        }
        if (q.Reference != SubjectReference.Named)
        {
            return $"[{q.Reference.ToString().ToLowerInvariant()}]";
        }
        var parts = new List<string> { q.Landform is { } l ? "land:" + l : q.Noun };
        if (q.Ordinal != 0)
        {
            parts.Add("#" + q.Ordinal.ToString(CultureInfo.InvariantCulture));
        }
        if (q.Superlative != Superlative.None)
        {
            parts.Add(q.Superlative.ToString().ToLowerInvariant());
        }
        if (q.Color is not null)
        {
            parts.Add(q.Color.Name);
        }
        if (q.All)
        {
            parts.Add("all");
        }
        if (q.RelativeTo is not null)
        {
            parts.Add($"{q.Relation}{S(q.RelativeTo)}");
        }
        return "[" + string.Join(' ', parts) + "]";
    }

    private static string B(Behaviour b) => b.Target is null ? b.Kind.ToString() : $"{b.Kind} {S(b.Target)}";
}
