using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

/// <summary>
/// Generator v2's first look: chooses where a visitor stands and how the camera is aimed so the main subject is seen
/// the moment they arrive. Candidate standpoints on rings around the subject are scored by what a camera there would
/// actually see — the subject unoccluded by terrain and other objects (rays to points on its box), a sensible size in
/// frame, placed on a third, the horizon off the middle, little sky, the foreground open, the prompt's other elements
/// in view. Everything is computed from the height field and the plan's object boxes on a coarse grid of rays, with
/// exact arithmetic only (<see cref="DetMath"/>), so the spawn is a pure function of the spec and reopens identically.
/// </summary>
internal sealed class ViewSolver
{
    /// <summary>The default walking camera (24 mm on full frame, 16:9): horizontal and vertical field of view, radians.</summary>
    public const float HorizontalFov = 1.2870f, VerticalFov = 0.7996f;

    /// <summary>Eye height above the ground, metres.</summary>
    public const float EyeHeight = 1.7f;

    private const int HorizonColumns = 7;

    /// <summary>Most the other asked elements in view may add to a view's score.</summary>
    private const float MaxCompany = 1.2f;

    /// <summary>Farthest a landform is framed from (m): the renderer draws terrain to 560 m, fading into haze before it.</summary>
    private const float MaxLandformDistance = 430f;
    private const float HorizonReach = 900f; // metres a horizon ray marches

    /// <summary>Most the ground may rise (m) over 1.5 m around a standpoint: walkable, then a steep but still walkable slope.</summary>
    private const float GentleRise = 0.6f, SteepRise = 0.75f;

    /// <summary>
    /// A solved object view whose subject box fills less than this share of the frame is small enough that a better
    /// one is looked for (steeper standpoints, wider rings); a thin subject covers about a quarter of its box.
    /// </summary>
    private const float SmallFill = 0.04f;

    /// <summary>Share of the frame's width a group subject spans at its ideal distance, and the least that still reads as the group.</summary>
    private const float GroupWidth = 0.8f, SmallGroupWidth = 0.3f;

    /// <summary>tan(<see cref="GroupWidth"/> × <see cref="HorizontalFov"/> / 2), worked out once by hand (no libm in the solver).</summary>
    private const float GroupHalfTan = 0.5657f;

    private readonly Func<float, float, float> _surface;
    private readonly Func<float, float, float, bool> _canStand;
    private readonly IReadOnlyList<Occluder> _occluders;

    /// <param name="surface">Height of what a ray hits at (x, z): ground, or water above it (m).</param>
    /// <param name="canStand">
    /// True where a visitor may stand at (x, z): dry, outside every footprint, the ground rising at most the third
    /// argument (m) over 1.5 m around.
    /// </param>
    /// <param name="occluders">Solid objects that can hide the subject (cylinders).</param>
    public ViewSolver(Func<float, float, float> surface, Func<float, float, float, bool> canStand, IReadOnlyList<Occluder> occluders)
    {
        _surface = surface;
        _canStand = canStand;
        _occluders = occluders;
    }

    /// <summary>A vertical cylinder that blocks sight: centre, radius and top (m).</summary>
    public readonly record struct Occluder(float X, float Z, float Radius, float Bottom, float Top, ulong Id);

    /// <summary>
    /// What to frame: a box standing at <see cref="Base"/> (its ground point), <see cref="HalfWidth"/> across and
    /// <see cref="Height"/> tall; <see cref="Landform"/> asks for it to fill the view rather than sit in it.
    /// </summary>
    /// <param name="Base">Ground point under the subject (m).</param>
    /// <param name="HalfWidth">Half its width as the camera takes it in (m).</param>
    /// <param name="Height">Its drawn height (m).</param>
    /// <param name="Landform">Fill the view with it rather than place it in the view.</param>
    /// <param name="Id">Its object id, so it does not hide itself; 0 for a landform.</param>
    /// <param name="PreferHigh">Stand as high as the ground allows (a canyon is seen from its rim, not its floor).</param>
    /// <param name="Group">
    /// A group of small things (a crowd, a caravan, tents round a green): the box is the circle holding them all, mostly
    /// empty, so it is framed to span most of the frame's width, centred, rather than by its area.
    /// </param>
    public readonly record struct Subject(Vector3 Base, float HalfWidth, float Height, bool Landform, ulong Id = 0, bool PreferHigh = false, bool Group = false)
    {
        public Vector3 Centre => Base + new Vector3(0f, Height * 0.5f, 0f);
    }

    /// <summary>The chosen view: where the feet stand, compass heading and pitch (radians, up positive), and its score.</summary>
    /// <remarks>
    /// <see cref="Fill"/> is how much of the frame the subject takes: an object's box's share (a thin one as at least a
    /// tenth of the width wide), a landform's or a group's share of the width.
    /// </remarks>
    public readonly record struct View(float X, float Z, float Ground, float Yaw, float Pitch, float Score, float Visible, float Sky, float Fill = 1f);

    /// <summary>
    /// The best view of <paramref name="subject"/> from rings of standpoints around it, starting at
    /// <paramref name="preferredBearing"/> (radians, from the subject out to the camera); null when nowhere
    /// within reach can stand and see it.
    /// </summary>
    /// <param name="subject">What to frame.</param>
    /// <param name="preferredBearing">Compass bearing (radians) from the subject out to where the camera should rather stand.</param>
    /// <param name="alsoAsked">Other elements worth having in frame, each with the score it adds when it is.</param>
    /// <param name="minDistance">Nearest the camera may stand to the subject (m).</param>
    /// <param name="maxDistance">Farthest the camera may stand from the subject (m).</param>
    /// <param name="arc">How far (radians) either side of the preferred bearing the camera may stand; π for anywhere.</param>
    public View? Solve(Subject subject, float preferredBearing, IReadOnlyList<(Vector3 Point, float Weight)> alsoAsked, float minDistance = 0f,
        float maxDistance = float.MaxValue, float arc = MathF.PI)
    {
        // A tower is framed a little closer than its height alone would say, or it is a sliver.
        float size = MathF.Max(subject.Height * (subject.Height > 4f * subject.HalfWidth ? 0.8f : 1f), 1.4f * subject.HalfWidth);
        // Small things (a sheep, a person, a campfire) may be approached to a few metres.
        float nearest = subject.HalfWidth + MathF.Max(3f, MathF.Min(8f, subject.Height));
        // An object fills about a third of the frame's height; a landform is stood back from so it fills the width.
        float ideal = subject.Landform
            ? subject.HalfWidth * 2.2f / HorizontalFov
            : size / (0.34f * VerticalFov);
        ideal = Math.Clamp(ideal, MathF.Max(minDistance, nearest), MathF.Min(maxDistance, subject.Landform ? MaxLandformDistance : 240f));
        if (subject.Group)
        {
            ideal = MathF.Max(subject.HalfWidth / GroupHalfTan, MathF.Max(minDistance, nearest));
            ideal = MathF.Min(ideal, maxDistance);
        }
        else if (!subject.Landform && 2f * subject.HalfWidth > subject.Height)
        {
            // A low, wide thing (a pier, a fountain, a row of graves) is framed by its area, not its height alone:
            // close enough that its box would cover about 5 % of the frame.
            float byArea = MathF.Sqrt(2f * subject.HalfWidth * subject.Height / (0.05f * HorizontalFov * VerticalFov));
            ideal = MathF.Max(MathF.Min(ideal, byArea), MathF.Max(minDistance, nearest));
        }
        // First the usual rings on walkable ground. Where they find nothing, or only a view that shows the subject
        // small (a bear on a wooded mountainside, a temple on a steep hill), standpoints on steeper slopes and then
        // wider rings compete with it. Last, a view where only part of the subject shows (over a fence, past a barn's
        // corner) beats none.
        float[] near = [1f, 0.75f, 1.35f, 0.55f, 1.8f, 0.4f, 2.2f, 2.6f];
        var ring = new Ring(preferredBearing, arc, ideal, nearest, minDistance, maxDistance);
        View? best = Search(subject, alsoAsked, ring, near, 0.34f, GentleRise);
        if (best is null || Small(subject, best.Value))
        {
            best = Better(best, Search(subject, alsoAsked, ring, near, 0.34f, SteepRise));
        }
        if (best is null || Small(subject, best.Value))
        {
            best = Better(best, Search(subject, alsoAsked, ring, [3.4f, 4.5f, 6f], 0.34f, GentleRise));
        }
        return best ?? Search(subject, alsoAsked, ring, near, 0.12f, GentleRise);
    }

    private static bool Small(Subject subject, View view) => !subject.Landform && view.Fill < (subject.Group ? SmallGroupWidth : SmallFill);

    private static View? Better(View? a, View? b) => a is null ? b : b is null || a.Value.Score >= b.Value.Score ? a : b;

    /// <summary>Where candidate standpoints may be: bearings within <see cref="Arc"/> of <see cref="Preferred"/>, distances in metres.</summary>
    private readonly record struct Ring(float Preferred, float Arc, float Ideal, float Nearest, float MinDistance, float MaxDistance);

    private View? Search(Subject subject, IReadOnlyList<(Vector3 Point, float Weight)> alsoAsked, Ring ring, float[] scales, float minVisible, float maxRise)
    {
        const int Bearings = 24;
        View? best = null;
        for (int a = 0; a < Bearings; a++)
        {
            // Alternate either side of the preferred bearing, so ties go to the bearing the plan preferred.
            int k = (a & 1) == 0 ? a / 2 : -((a + 1) / 2);
            if (MathF.Abs(k * 2f * MathF.PI / Bearings) > ring.Arc + 1e-4f)
            {
                continue;
            }
            float bearing = ring.Preferred + (k * 2f * MathF.PI / Bearings);
            (float dx, float dz) = DetMath.Direction(bearing);
            foreach (float s in scales)
            {
                float d = ring.Ideal * s;
                if (d < ring.Nearest || d < ring.MinDistance || d > ring.MaxDistance)
                {
                    continue;
                }
                float x = subject.Base.X + (dx * d), z = subject.Base.Z + (dz * d);
                if (!_canStand(x, z, maxRise))
                {
                    continue;
                }
                View? v = Score(subject, x, z, d, ring.Ideal, alsoAsked, k, minVisible);
                if (v is { } view && (best is null || view.Score > best.Value.Score))
                {
                    best = view;
                }
            }
        }
        return best;
    }

    private View? Score(Subject subject, float x, float z, float distance, float ideal, IReadOnlyList<(Vector3 Point, float Weight)> alsoAsked, int bearingStep, float minVisible)
    {
        float ground = _surface(x, z);
        var eye = new Vector3(x, ground + EyeHeight, z);
        float visible = Visibility(subject, eye);
        if (visible < minVisible)
        {
            return null;
        }
        float toX = subject.Base.X - x, toZ = subject.Base.Z - z;
        float yawToSubject = DetMath.Heading(toX, toZ);
        float flat = MathF.Sqrt((toX * toX) + (toZ * toZ));
        // Angles (radians, up positive) of the subject's foot and top seen from the eye.
        float footAngle = DetMath.Atan2(subject.Base.Y - eye.Y, flat);
        // A box's top edge is nearest on its near face; a landform's height stands at its focus (a cone's summit).
        float topAngle = DetMath.Atan2(subject.Base.Y + subject.Height - eye.Y, subject.Landform ? flat : MathF.Max(flat - subject.HalfWidth, 1f));
        float angularHeight = topAngle - footAngle;
        float angularWidth = 2f * DetMath.Atan2(subject.HalfWidth, flat);

        // Horizontal placement: an object sits on a third unless it is wide; the side is the one with more of the
        // other asked elements (or the one facing the lower horizon).
        float third = angularWidth > 0.45f * HorizontalFov || subject.Landform || subject.Group ? 0f : HorizontalFov / 6f;
        float bestScore = float.MinValue;
        View? best = null;
        float[] sides = third == 0f ? [0f] : [-1f, 1f];
        Span<float> horizon = stackalloc float[HorizonColumns];
        foreach (float side in sides)
        {
            float yaw = yawToSubject + (side * third);
            Horizon(eye, yaw, horizon);
            float meanHorizon = 0f;
            foreach (float h in horizon)
            {
                meanHorizon += h;
            }
            meanHorizon /= HorizonColumns;
            // Pitch: the subject's box inside the frame with a margin, its centre a little below the middle; then
            // tilted toward the ground while the sky would fill more than 40 % of the frame.
            float centreAngle = DetMath.Lerp(footAngle, topAngle, 0.5f);
            float pitch = centreAngle + (0.06f * VerticalFov);
            float half = VerticalFov * 0.5f;
            // A landform may touch the frame's top (a peak against the edge); an object keeps a margin.
            float margin = subject.Landform ? 0.97f : 0.85f;
            float lowest = topAngle - (half * margin), highest = footAngle + (half * margin);
            bool tooTall = angularHeight > VerticalFov * 0.85f;
            if (tooTall)
            {
                lowest = footAngle + (half * 0.7f);
                highest = lowest;
            }
            for (int step = 0; step < 8 && SkyFraction(horizon, pitch) > 0.4f && pitch - 0.04f >= lowest; step++)
            {
                pitch -= 0.04f;
            }
            pitch = Math.Clamp(pitch, MathF.Min(lowest, highest), MathF.Max(lowest, highest));
            pitch = Math.Clamp(pitch, -0.6f, 0.45f);
            float sky = SkyFraction(horizon, pitch);
            // Where the horizon crosses the frame, 0 bottom … 1 top.
            float horizonRow = 0.5f + ((meanHorizon - pitch) / VerticalFov);
            float score = 4f * visible;
            // A landform or a group is judged by the share of the width it spans, an object by its box's share of the frame.
            float fill = subject.Landform || subject.Group
                ? MathF.Min(1f, angularWidth / HorizontalFov)
                : MathF.Min(angularHeight / VerticalFov, 1f) * MathF.Min(angularWidth / HorizontalFov, 1f);
            float targetFill = subject.Landform ? 0.75f : subject.Group ? GroupWidth : 0.12f;
            score -= 2.5f * MathF.Abs(MathF.Log((fill + 0.005f) / targetFill)) / 2.3f;
            // How well an object reads: its box's share of the frame, a thin one (a lighthouse, a dead tree) counted
            // as at least a tenth of the width wide, since its height carries it.
            float reads = fill;
            if (subject.Group)
            {
                // A group wider than the frame is cut by its edges: worse than one seen whole from a little farther.
                score -= 4f * MathF.Max(0f, (angularWidth / HorizontalFov) - 0.9f);
            }
            else if (!subject.Landform)
            {
                reads = MathF.Min(angularHeight / VerticalFov, 1f) * MathF.Max(MathF.Min(angularWidth / HorizontalFov, 1f), 0.1f);
                // Too small is worse than too big: a speck does not read at all, whatever else the view holds.
                score -= 2f * MathF.Max(0f, MathF.Log(SmallFill / (reads + 0.001f)));
            }
            score -= 5f * MathF.Max(0f, sky - 0.45f);
            score -= 20f * MathF.Max(0f, sky - 0.55f); // a frame more than 60 % sky shows the weather, not the place
            score -= sky < 0.04f ? 0.6f : 0f; // a wall of ground with no sky reads as a close-up of dirt
            score -= MathF.Abs(horizonRow - 0.5f) < 0.08f ? 0.4f : 0f;
            score -= 0.8f * Foreground(eye, yawToSubject);
            if (tooTall && !subject.Landform)
            {
                score -= 1.5f; // the object runs off the frame's top: a trunk, not a tree
            }
            score -= 0.15f * MathF.Abs(MathF.Log(distance / ideal));
            score -= 0.01f * MathF.Abs(bearingStep);
            // The other elements in view add to the shot, but never enough to trade the subject's size for a crowd
            // of them seen from afar.
            float company = 0f;
            foreach ((Vector3 other, float weight) in alsoAsked)
            {
                if (InFrame(eye, yaw, pitch, other))
                {
                    company += weight;
                }
            }
            score += MathF.Min(company, MaxCompany);
            if (subject.PreferHigh)
            {
                score += 1.5f * DetMath.Clamp01((ground - subject.Base.Y) / MathF.Max(subject.Height, 1f));
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = new View(x, z, ground, yaw, pitch, score, visible, sky, reads);
            }
        }
        return best;
    }

    /// <summary>Fraction of rays from the eye to points on the subject's box that reach it past the ground and other objects.</summary>
    private float Visibility(Subject subject, Vector3 eye)
    {
        float toX = subject.Base.X - eye.X, toZ = subject.Base.Z - eye.Z;
        float flat = MathF.Max(MathF.Sqrt((toX * toX) + (toZ * toZ)), 0.01f);
        // Across the line of sight.
        float ax = -toZ / flat, az = toX / flat;
        int seen = 0, rays = 0;
        for (int i = -1; i <= 1; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                float across = i * subject.HalfWidth * 0.6f;
                float up = subject.Height * (0.2f + (0.3f * j));
                var target = new Vector3(subject.Base.X + (ax * across), subject.Base.Y + up, subject.Base.Z + (az * across));
                rays++;
                if (Clear(eye, target, subject.Id, subject.Landform ? 0.25f : 0.85f))
                {
                    seen++;
                }
            }
        }
        return seen / (float)rays;
    }

    /// <summary>True when the segment from the eye reaches <paramref name="target"/> without passing under the ground or through a solid.</summary>
    private bool Clear(Vector3 eye, Vector3 target, ulong subjectId, float until)
    {
        Vector3 d = target - eye;
        float len = d.Length();
        int steps = Math.Clamp((int)(len / 4f), 4, 60);
        for (int s = 1; s < steps; s++)
        {
            float t = s / (float)steps;
            if (t > until)
            {
                break;
            }
            Vector3 p = eye + (d * t);
            if (_surface(p.X, p.Z) > p.Y + 0.2f)
            {
                return false;
            }
        }
        foreach (Occluder o in _occluders)
        {
            if (o.Id == subjectId)
            {
                continue;
            }
            // Closest approach of the segment to the cylinder's axis, in plan.
            float ox = o.X - eye.X, oz = o.Z - eye.Z;
            float flat2 = (d.X * d.X) + (d.Z * d.Z);
            if (flat2 < 1e-6f)
            {
                continue;
            }
            float t = Math.Clamp(((ox * d.X) + (oz * d.Z)) / flat2, 0f, 1f);
            if (t <= 0f || t >= 0.97f)
            {
                continue;
            }
            float cx = eye.X + (d.X * t) - o.X, cz = eye.Z + (d.Z * t) - o.Z;
            float y = eye.Y + (d.Y * t);
            if ((cx * cx) + (cz * cz) < o.Radius * o.Radius && y < o.Top && y > o.Bottom)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Elevation angle (radians) of the skyline in each of the frame's columns, from the height field.</summary>
    private void Horizon(Vector3 eye, float yaw, Span<float> columns)
    {
        for (int c = 0; c < columns.Length; c++)
        {
            float heading = yaw + (HorizontalFov * (((c + 0.5f) / columns.Length) - 0.5f));
            (float dx, float dz) = DetMath.Direction(heading);
            float max = -0.5f;
            for (float d = 4f; d < HorizonReach; d *= 1.17f)
            {
                float h = _surface(eye.X + (dx * d), eye.Z + (dz * d));
                float a = DetMath.Atan2(h - eye.Y, d);
                if (a > max)
                {
                    max = a;
                }
            }
            columns[c] = max;
        }
    }

    /// <summary>Share of the frame above the skyline for a camera pitched at <paramref name="pitch"/>.</summary>
    private static float SkyFraction(ReadOnlySpan<float> horizon, float pitch)
    {
        float top = pitch + (VerticalFov * 0.5f), sum = 0f;
        foreach (float h in horizon)
        {
            sum += DetMath.Clamp01((top - h) / VerticalFov);
        }
        return sum / horizon.Length;
    }

    /// <summary>How much the ground in the first 12 m toward the subject rises into the lower frame (0 open … 1 blocked).</summary>
    private float Foreground(Vector3 eye, float yaw)
    {
        (float dx, float dz) = DetMath.Direction(yaw);
        float worst = 0f;
        for (float d = 2f; d <= 12f; d += 2f)
        {
            float rise = _surface(eye.X + (dx * d), eye.Z + (dz * d)) - (eye.Y - EyeHeight);
            worst = MathF.Max(worst, DetMath.Clamp01((rise - 0.6f) / 1.5f));
        }
        return worst;
    }

    private static bool InFrame(Vector3 eye, float yaw, float pitch, Vector3 p)
    {
        float dx = p.X - eye.X, dz = p.Z - eye.Z;
        float flat = MathF.Sqrt((dx * dx) + (dz * dz));
        if (flat < 2f || flat > 400f)
        {
            return false;
        }
        float rel = DetMath.Heading(dx, dz) - yaw;
        while (rel > MathF.PI)
        {
            rel -= 2f * MathF.PI;
        }
        while (rel < -MathF.PI)
        {
            rel += 2f * MathF.PI;
        }
        float elev = DetMath.Atan2(p.Y + 1f - eye.Y, flat) - pitch;
        return MathF.Abs(rel) < HorizontalFov * 0.45f && MathF.Abs(elev) < VerticalFov * 0.45f;
    }
}
