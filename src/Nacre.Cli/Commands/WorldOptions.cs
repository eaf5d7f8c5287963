using System.Globalization;
using Nacre.Core;
using Nacre.Language;
using Nacre.Language.WordNet;

namespace Nacre.Cli.Commands;

/// <summary>Checks shared by the world-inspecting commands (map, stats): numbers with units and ranges, and the prompt → spec step.</summary>
public static class WorldOptions
{
    /// <summary>Parses a length in metres (a plain number, or with a trailing "m") within [min, max].</summary>
    public static float ParseMetres(string? text, string flag, float fallback, float min, float max)
    {
        if (text is null)
        {
            return fallback;
        }
        string t = text.Trim();
        if (t.EndsWith('m'))
        {
            t = t[..^1];
        }
        if (!float.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out float v) || !float.IsFinite(v))
        {
            throw new UsageException($"{flag} '{text}' is not a length: expected metres from {min} to {max}, e.g. {flag} {fallback}");
        }
        if (v < min || v > max)
        {
            throw new UsageException($"{flag} {text} is out of range: expected metres from {min} to {max}, e.g. {flag} {fallback}");
        }
        return v;
    }

    /// <summary>Parses "X,Z" in metres (e.g. "120,-40"); null when absent.</summary>
    public static (float X, float Z)? ParsePoint(string? text, string flag)
    {
        if (text is null)
        {
            return null;
        }
        string[] parts = text.Split(',');
        if (parts.Length != 2
            || !float.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out float x)
            || !float.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out float z)
            || !float.IsFinite(x) || !float.IsFinite(z) || MathF.Abs(x) > 1e6f || MathF.Abs(z) > 1e6f)
        {
            throw new UsageException($"{flag} '{text}' is not a point: expected two numbers in metres, X,Z (east, south), e.g. {flag} 120,-40");
        }
        return (x, z);
    }

    /// <summary>Parses a whole number within [min, max].</summary>
    public static int ParseInt(string? text, string flag, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < min || v > max)
        {
            throw new UsageException($"{flag} '{text}' is not valid: expected a whole number from {min} to {max}, e.g. {flag} {fallback}");
        }
        return v;
    }

    /// <summary>Prompt → spec, with WordNet's absence reported as a failure a person can act on.</summary>
    public static WorldSpec Understand(string prompt, ulong seed)
    {
        try
        {
            return PromptParser.Parse(prompt, seed);
        }
        catch (WordNetMissingException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}
