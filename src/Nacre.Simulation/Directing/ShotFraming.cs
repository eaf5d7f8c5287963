using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Where the camera goes for a shot: the distance comes from the subject's visual bounds and the lens's field of view
/// (so a close-up on a 135 mm lens stands farther back than on a 25 mm), the bearing is the one the camera already sees
/// the subject from unless something solid blocks the view, and the height and pitch come from the angle.
/// </summary>
public static class ShotFraming
{
    /// <summary>Eye height of a camera operator standing on the ground, metres.</summary>
    public const float EyeHeight = 1.6f;

    /// <summary>
    /// For people and animals: the share of the body, from the top, that is in frame, and how much of the frame height
    /// that share fills. Objects (buildings, vehicles, trees) use <see cref="ObjectFill"/> instead.
    /// </summary>
    private static (float Visible, float Fill) CharacterFraming(ShotSize size) => size switch
    {
        ShotSize.Establishing => (1f, 0.06f),
        ShotSize.Wide => (1f, 0.3f),
        ShotSize.Full => (1f, 0.85f),
        ShotSize.MediumWide => (0.7f, 0.95f),
        ShotSize.Medium => (0.5f, 0.95f),
        ShotSize.MediumCloseUp => (0.35f, 0.95f),
        ShotSize.CloseUp => (0.2f, 0.95f),
        _ => (0.1f, 0.95f),
    };

    /// <summary>Share of the frame (in its limiting direction) an object fills at each size; an extreme close-up shows a detail.</summary>
    private static float ObjectFill(ShotSize size) => size switch
    {
        ShotSize.Establishing => 0.06f,
        ShotSize.Wide => 0.25f,
        ShotSize.Full => 0.5f,
        ShotSize.MediumWide => 0.6f,
        ShotSize.Medium => 0.7f,
        ShotSize.MediumCloseUp => 0.85f,
        ShotSize.CloseUp => 1f,
        _ => 2.6f,
    };

    /// <summary>The pose for <paramref name="size"/> of <paramref name="subject"/> from <paramref name="angle"/>, as seen through <paramref name="lens"/>.</summary>
    /// <param name="subject">What to frame.</param>
    /// <param name="size">Shot size.</param>
    /// <param name="angle">Camera angle.</param>
    /// <param name="dutchDegrees">Roll for a dutch angle, degrees (null: 15°).</param>
    /// <param name="current">Where the camera is now (the shot keeps its side of the subject when the view is clear).</param>
    /// <param name="lens">Lens on sensor: its field of view sets the distance.</param>
    /// <param name="world">Ground, water and objects around.</param>
    /// <param name="aspect">Output width / height.</param>
    /// <param name="roll">Roll to keep (radians); a dutch angle sets its own.</param>
    /// <param name="occluders">Solid things that could stand between camera and subject.</param>
    public static CameraPose Frame(ResolvedSubject subject, ShotSize size, CameraAngle angle, float? dutchDegrees, CameraPose current, Lens lens,
        float aspect, DirectorWorld world, IReadOnlyList<PlacedObject> occluders, float roll)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(world);
        float height = MathF.Max(subject.Height, 0.2f);
        float width = 2f * MathF.Max(subject.HalfExtents.X, subject.HalfExtents.Z);
        float depthHalf = MathF.Max(subject.HalfExtents.X, subject.HalfExtents.Z);
        bool character = SemanticLabels.IsCharacter(subject.Label);
        float visibleH, visibleW, fill;
        if (character)
        {
            (float v, fill) = CharacterFraming(size);
            visibleH = v * height;
            visibleW = MathF.Min(width, visibleH * 1.2f);
        }
        else
        {
            fill = ObjectFill(size);
            visibleH = height;
            visibleW = width;
        }
        float vfov = lens.VerticalFov(aspect), hfov = lens.HorizontalFov;
        float distH = visibleH / fill / (2f * MathF.Tan(vfov / 2f));
        float distW = visibleW / fill / (2f * MathF.Tan(hfov / 2f));
        float distance = MathF.Max(distH, distW) + depthHalf;
        distance = MathF.Max(distance, depthHalf + 0.4f);
        // The aim point: the middle of what is in frame (a person's face for a close-up, a building's middle).
        float aimY = character ? subject.Base.Y + height - (visibleH / 2f) : subject.Base.Y + (height / 2f);
        if (!character && size == ShotSize.ExtremeCloseUp)
        {
            aimY = subject.Base.Y + (height * 0.6f);
        }
        var aim = new Vector3(subject.Base.X, aimY, subject.Base.Z);
        float bearing = ChooseBearing(subject, aim, current.Position, distance, world, occluders);
        float elevation = angle switch
        {
            CameraAngle.Low => -0.35f,       // ≈ 20° below the aim, looking up
            CameraAngle.High => 0.6f,        // ≈ 35° above, looking down
            CameraAngle.Overhead => 1.5533f, // 89°
            _ => 0f,
        };
        Vector3 eye;
        if (angle == CameraAngle.EyeLevel || angle == CameraAngle.Dutch)
        {
            float ground = world.SurfaceHeight(aim.X + (MathF.Sin(bearing) * distance), aim.Z - (MathF.Cos(bearing) * distance));
            float eyeY = character ? subject.Base.Y + (height * 0.92f) : MathF.Max(ground + EyeHeight, MathF.Min(aimY, ground + EyeHeight + 2f));
            if (character && size is ShotSize.Establishing or ShotSize.Wide)
            {
                eyeY = ground + EyeHeight;
            }
            eye = new Vector3(aim.X + (MathF.Sin(bearing) * distance), eyeY, aim.Z - (MathF.Cos(bearing) * distance));
        }
        else
        {
            float flat = distance * MathF.Cos(elevation);
            eye = aim + new Vector3(MathF.Sin(bearing) * flat, distance * MathF.Sin(elevation), -MathF.Cos(bearing) * flat);
        }
        float floor = world.SurfaceHeight(eye.X, eye.Z) + (angle == CameraAngle.Low ? 0.4f : 0.5f);
        if (eye.Y < floor)
        {
            eye.Y = floor;
        }
        (float yaw, float pitch) = CameraRig.AimAngles(eye, aim);
        if (angle == CameraAngle.Overhead)
        {
            yaw = current.Yaw;
        }
        float r = angle == CameraAngle.Dutch ? (dutchDegrees ?? 15f) * MathF.PI / 180f : roll;
        return new CameraPose(eye, yaw, pitch, r);
    }

    /// <summary>
    /// The compass bearing from the subject to the camera: the current one if the view along it is clear, else the
    /// nearest clear one in 20° steps (trees, buildings and terrain block; the subject itself does not).
    /// </summary>
    private static float ChooseBearing(ResolvedSubject subject, Vector3 aim, Vector3 from, float distance, DirectorWorld world, IReadOnlyList<PlacedObject> occluders)
    {
        Vector3 o = from - subject.Base;
        float current = (o.X * o.X) + (o.Z * o.Z) < 0.01f ? subject.Yaw : MathF.Atan2(o.X, -o.Z);
        float best = current;
        float bestBlock = float.MaxValue;
        for (int k = 0; k < 18; k++)
        {
            int step = (k + 1) / 2 * (k % 2 == 0 ? 1 : -1);
            float b = current + (step * 20f * MathF.PI / 180f);
            var eye = new Vector3(aim.X + (MathF.Sin(b) * distance), aim.Y, aim.Z - (MathF.Cos(b) * distance));
            eye.Y = MathF.Max(eye.Y, world.SurfaceHeight(eye.X, eye.Z) + EyeHeight);
            float block = Blockage(subject, eye, aim, world, occluders);
            if (block < bestBlock - 0.01f)
            {
                bestBlock = block;
                best = b;
            }
            if (block <= 0f)
            {
                break;
            }
        }
        return best;
    }

    /// <summary>How badly the line from eye to aim is blocked: 0 clear; each solid thing across it or ground above it adds.</summary>
    private static float Blockage(ResolvedSubject subject, Vector3 eye, Vector3 aim, DirectorWorld world, IReadOnlyList<PlacedObject> occluders)
    {
        float score = 0f;
        var a = new Vector2(eye.X, eye.Z);
        var b = new Vector2(aim.X, aim.Z);
        Vector2 ab = b - a;
        float len2 = MathF.Max(ab.LengthSquared(), 1e-6f);
        foreach (PlacedObject p in occluders)
        {
            if (p.Id == subject.ObjectId || !(p.IsSolid || SemanticLabels.IsTree(p.Label)))
            {
                continue;
            }
            Vector3 h = ObjectBounds.HalfExtents(p);
            float radius = MathF.Max(h.X, h.Z) * 0.85f;
            var c = new Vector2(p.Position.X, p.Position.Z);
            float t = Math.Clamp(Vector2.Dot(c - a, ab) / len2, 0f, 1f);
            if (t >= 0.98f)
            {
                continue;
            }
            float d = Vector2.Distance(a + (ab * t), c);
            float lineY = eye.Y + ((aim.Y - eye.Y) * t);
            if (d < radius && lineY < p.Position.Y + (2f * h.Y))
            {
                score += 1f + (radius - d);
            }
        }
        for (int i = 1; i < 8; i++)
        {
            float t = i / 8f;
            Vector3 q = Vector3.Lerp(eye, aim, t);
            if (world.GroundHeight(q.X, q.Z) > q.Y - 0.2f)
            {
                score += 2f;
            }
        }
        return score;
    }
}
