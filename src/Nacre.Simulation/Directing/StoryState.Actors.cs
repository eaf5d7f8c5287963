using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

// Actors: simple behaviours stepped every tick, and ambient events whose rate follows the mood.
public sealed partial class StoryState
{
    private readonly SortedDictionary<ulong, Actor> _actors = [];
    private readonly List<(long Start, long Ticks, float Peak)> _gusts = [];

    /// <summary>Event density: how often ambient events happen.</summary>
    public Mood Mood { get; set; } = Mood.Normal;

    /// <summary>Actors moving or holding still under a behaviour now.</summary>
    public int ActorCount => _actors.Count;

    /// <summary>Gives <paramref name="obj"/> a behaviour (replacing any it had). Behaviours belong to the take, not the world.</summary>
    public void Behave(long tick, PlacedObject obj, BehaviourKind kind, ResolvedSubject? target)
    {
        var actor = new Actor(obj, kind, target, tick);
        if (kind == BehaviourKind.DriveAlong)
        {
            actor.Heading = new Vector2(MathF.Sin(obj.Yaw), -MathF.Cos(obj.Yaw));
        }
        if (obj.Label == SemanticLabel.Bird && kind is BehaviourKind.RunTo or BehaviourKind.FleeFrom)
        {
            actor.Altitude = 0.5f;
        }
        _actors[obj.Id] = actor;
        _objects[obj.Id] = obj;
    }

    /// <summary>Advances every actor one tick and fires ambient events due at <paramref name="tick"/>.</summary>
    public void StepActors(long tick, CameraPose camera, Func<ResolvedSubject, Vector3> currentPosition)
    {
        AmbientEvent(tick, camera);
        var expired = new List<ulong>();
        foreach ((ulong id, Actor a) in _actors)
        {
            if (a.ExpireTick > 0 && tick >= a.ExpireTick)
            {
                expired.Add(id);
                continue;
            }
            StepActor(tick, a, currentPosition);
            _objects[id] = a.Object;
        }
        foreach (ulong id in expired)
        {
            _actors.Remove(id);
            _objects.Remove(id);
            _placedIds.Remove(id);
        }
    }

    private void StepActor(long tick, Actor a, Func<ResolvedSubject, Vector3> currentPosition)
    {
        PlacedObject o = a.Object;
        float walk = o.Label == SemanticLabel.Person ? 1.4f : 1.2f;
        float run = o.Label switch
        {
            SemanticLabel.Person => 4.5f,
            SemanticLabel.Bird => 9f,
            SemanticLabel.Deer or SemanticLabel.Horse or SemanticLabel.Wolf => 8f,
            _ => 5f,
        };
        switch (a.Kind)
        {
            case BehaviourKind.WalkTo or BehaviourKind.RunTo:
            {
                Vector3 goal = currentPosition(a.Target!);
                float stopAt = (a.Target!.Kind == SubjectKind.Object ? MathF.Max(a.Target.HalfExtents.X, a.Target.HalfExtents.Z) : 0f) + 1f;
                if (!MoveToward(a, goal, a.Kind == BehaviourKind.RunTo ? run : walk, stopAt))
                {
                    a.Kind = BehaviourKind.Stay;
                }
                break;
            }
            case BehaviourKind.Follow:
            {
                Vector3 goal = currentPosition(a.Target!);
                float gap = Vector2.Distance(Flat(goal), Flat(o.Position));
                MoveToward(a, goal, gap > 8f ? run : walk * 1.3f, 3f);
                break;
            }
            case BehaviourKind.FleeFrom:
            {
                Vector3 threat = currentPosition(a.Target!);
                Vector2 away = Flat(o.Position) - Flat(threat);
                away = away.LengthSquared() < 0.01f ? new Vector2(MathF.Sin(o.Yaw), -MathF.Cos(o.Yaw)) : Vector2.Normalize(away);
                MoveToward(a, o.Position + (new Vector3(away.X, 0f, away.Y) * 10f), run, 0f);
                if (tick - a.StartTick > 8 * Ticks.PerSecond && o.Label != SemanticLabel.Bird)
                {
                    a.Kind = BehaviourKind.Wander;
                }
                break;
            }
            case BehaviourKind.Wander:
                Wander(tick, a, walk * 0.7f);
                break;
            case BehaviourKind.DriveAlong:
                Drive(a, currentPosition);
                break;
        }
    }

    /// <summary>Steps toward <paramref name="goal"/> at <paramref name="speed"/> m/s; false once within <paramref name="stopAt"/> metres (or blocked by water).</summary>
    private bool MoveToward(Actor a, Vector3 goal, float speed, float stopAt)
    {
        PlacedObject o = a.Object;
        Vector2 to = Flat(goal) - Flat(o.Position);
        float dist = to.Length();
        if (dist <= stopAt + 0.05f)
        {
            return false;
        }
        float step = MathF.Min(speed * Ticks.Seconds, dist - stopAt);
        Vector2 dir = to / dist;
        var next = new Vector3(o.Position.X + (dir.X * step), 0f, o.Position.Z + (dir.Y * step));
        bool flying = o.Label == SemanticLabel.Bird;
        if (!flying && o.Label != SemanticLabel.Boat && _world.IsWater(next.X, next.Z))
        {
            return false; // stop at the shore
        }
        if (flying)
        {
            a.Altitude = MathF.Min(a.Altitude + (3f * Ticks.Seconds), 25f);
        }
        float y = flying ? _world.SurfaceHeight(next.X, next.Z) + a.Altitude
            : o.Label == SemanticLabel.Boat ? _world.SurfaceHeight(next.X, next.Z) : _world.GroundHeight(next.X, next.Z);
        float yaw = MathF.Atan2(dir.X, -dir.Y);
        a.Object = o with { Position = next with { Y = y }, Yaw = o.Yaw + (CameraRig.ShortestAngle(o.Yaw, yaw) * 0.2f) };
        return true;
    }

    private void Wander(long tick, Actor a, float speed)
    {
        if (tick < a.PauseUntil)
        {
            return;
        }
        if (a.Waypoint is null)
        {
            var rng = new Rng(StableHash.Combine(StableHash.Stage(_seed, "directing.wander"), a.Object.Id, (ulong)a.WaypointIndex));
            Vector3 centre = a.Target?.Base ?? a.Home;
            float r = a.Target is null ? 12f : MathF.Max(8f, a.Target.HalfExtents.X);
            float ang = rng.Range(0f, 2f * MathF.PI), d = rng.Range(2f, r);
            a.Waypoint = centre + new Vector3(MathF.Sin(ang) * d, 0f, -MathF.Cos(ang) * d);
            a.WaypointIndex++;
        }
        if (!MoveToward(a, a.Waypoint.Value, speed, 0.3f))
        {
            var rng = new Rng(StableHash.Combine(StableHash.Stage(_seed, "directing.pause"), a.Object.Id, (ulong)a.WaypointIndex));
            a.PauseUntil = tick + (long)(rng.Range(1f, 4f) * Ticks.PerSecond);
            a.Waypoint = null;
        }
    }

    /// <summary>
    /// Drives at 9 m/s, keeping to road cells: each tick it picks, among headings within ±45° of its own, the one whose
    /// point 6 m ahead is road and closest to straight (leaning toward the target while it is ahead). Off-road it drives straight.
    /// </summary>
    private void Drive(Actor a, Func<ResolvedSubject, Vector3> currentPosition)
    {
        const float Speed = 9f;
        PlacedObject o = a.Object;
        Vector2 pos = Flat(o.Position);
        Vector2 heading = a.Heading;
        if (a.Target is { Kind: SubjectKind.Object } target)
        {
            Vector2 toTarget = Flat(currentPosition(target)) - pos;
            if (toTarget.LengthSquared() > 16f && Vector2.Dot(Vector2.Normalize(toTarget), heading) > 0.3f)
            {
                heading = Vector2.Normalize(Vector2.Lerp(heading, Vector2.Normalize(toTarget), 0.03f));
            }
        }
        float bestScore = float.MaxValue;
        Vector2 best = heading;
        for (int k = -3; k <= 3; k++)
        {
            float ang = k * 15f * MathF.PI / 180f;
            var h = new Vector2((heading.X * MathF.Cos(ang)) - (heading.Y * MathF.Sin(ang)), (heading.X * MathF.Sin(ang)) + (heading.Y * MathF.Cos(ang)));
            Vector2 ahead = pos + (h * 6f);
            bool road = _world.GroundAt(ahead.X, ahead.Y) is GroundKind.Road or GroundKind.Pavement or GroundKind.Path;
            float score = MathF.Abs(k) + (road ? 0f : 10f) + (_world.IsWater(ahead.X, ahead.Y) ? 100f : 0f);
            if (score < bestScore)
            {
                bestScore = score;
                best = h;
            }
        }
        if (bestScore >= 100f)
        {
            return; // water ahead on every side: stop
        }
        a.Heading = Vector2.Normalize(Vector2.Lerp(a.Heading, best, 0.15f));
        Vector2 next = pos + (a.Heading * Speed * Ticks.Seconds);
        a.Object = o with
        {
            Position = new Vector3(next.X, _world.GroundHeight(next.X, next.Y), next.Y),
            Yaw = MathF.Atan2(a.Heading.X, -a.Heading.Y),
        };
    }

    /// <summary>
    /// Ambient life: at hashed moments whose mean spacing follows the mood (calm 40 s, normal 20 s, dramatic 7 s), a
    /// flock of birds takes off ahead of the camera, or a car passes on a nearby road. Transient: never world edits.
    /// Wind gusts in the trees run on their own schedule (<see cref="Wind"/>).
    /// </summary>
    private void AmbientEvent(long tick, CameraPose camera)
    {
        int period = (Mood switch { Mood.Calm => 40, Mood.Dramatic => 7, _ => 20 }) * Ticks.PerSecond;
        ulong slot = (ulong)(tick / period);
        var rng = new Rng(StableHash.Combine(StableHash.Stage(_seed, "directing.ambient"), slot));
        long fireAt = (slot * (ulong)period) is var s ? (long)s + rng.Next(period) : 0;
        if (tick != fireAt || tick == 0)
        {
            return;
        }
        Vector2 fwd = new(MathF.Sin(camera.Yaw), -MathF.Cos(camera.Yaw));
        var origin = new Vector3(camera.Position.X + (fwd.X * 30f), 0f, camera.Position.Z + (fwd.Y * 30f));
        if (rng.Chance(0.5f))
        {
            int n = 4 + rng.Next(5);
            for (int i = 0; i < n; i++)
            {
                ulong id = StableHash.Combine(StableHash.Stage(_seed, "directing.ambient.bird"), slot, (ulong)i) | 1UL;
                var p = new Vector3(origin.X + rng.Range(-6f, 6f), 0f, origin.Z + rng.Range(-6f, 6f));
                p.Y = _world.SurfaceHeight(p.X, p.Z) + 0.3f;
                var bird = new PlacedObject(id, SemanticLabel.Bird, p, rng.Range(0f, 6.28f), rng.Range(0.8f, 1.2f), new Rgb(60, 60, 66), Vector3.Zero, (byte)i, MaterialKind.Unspecified);
                float ang = rng.Range(-0.8f, 0.8f) + MathF.Atan2(fwd.X, -fwd.Y);
                var away = new ResolvedSubject("the sky", p + new Vector3(MathF.Sin(ang) * 120f, 30f, -MathF.Cos(ang) * 120f), Vector3.One, 0f, 0, SemanticLabel.Sky, SubjectKind.Landform);
                _placedIds.Add(id);
                Behave(tick, bird, BehaviourKind.RunTo, away);
                _actors[id].Altitude = 0.3f;
                _actors[id].ExpireTick = tick + (12 * Ticks.PerSecond);
            }
            return;
        }
        // A passing car: on the nearest road cell within 80 m of the point ahead, driving across the view.
        for (float r = 0f; r <= 80f; r += 4f)
        {
            for (int k = 0; k < 16; k++)
            {
                float ang = k * MathF.PI / 8f;
                float x = origin.X + (MathF.Sin(ang) * r), z = origin.Z - (MathF.Cos(ang) * r);
                if (_world.GroundAt(x, z) is GroundKind.Road or GroundKind.Pavement)
                {
                    ulong id = StableHash.Combine(StableHash.Stage(_seed, "directing.ambient.car"), slot) | 1UL;
                    float yaw = MathF.Atan2(fwd.Y, -fwd.X) + (rng.Chance(0.5f) ? 0f : MathF.PI);
                    var car = new PlacedObject(id, SemanticLabel.Car, new Vector3(x, _world.GroundHeight(x, z), z), yaw, 1f,
                        rng.Chance(0.5f) ? new Rgb(200, 200, 196) : new Rgb(60, 90, 150), new Vector3(0.95f, 0.75f, 2.2f), 0, MaterialKind.Unspecified);
                    _placedIds.Add(id);
                    Behave(tick, car, BehaviourKind.DriveAlong, null);
                    _actors[id].ExpireTick = tick + (15 * Ticks.PerSecond);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Wind strength at <paramref name="tick"/> (1 = the everyday breeze): gusts come at hashed moments whose mean
    /// spacing follows the mood (calm 30 s, normal 15 s, dramatic 6 s), each rising and falling smoothly over 3–6 s to a
    /// peak of 2–3.5 (dramatic: up to 4.5). A pure function of the seed, mood and tick, so it replays exactly.
    /// </summary>
    public float Wind(long tick)
    {
        float wind = AmbientWind(tick);
        foreach ((long start, long length, float peak) in _gusts)
        {
            if (tick >= start && tick < start + length)
            {
                float x = MathF.Sin(MathF.PI * (tick - start) / length);
                wind += (peak - 1f) * x * x;
            }
        }
        return wind;
    }

    /// <summary>A gust the director called for: rises to <paramref name="peak"/> and falls back over <paramref name="ticks"/> from <paramref name="start"/>.</summary>
    public void AddGust(long start, long ticks, float peak)
    {
        _gusts.RemoveAll(g => g.Start + g.Ticks < start);
        _gusts.Add((start, Math.Max(1L, ticks), peak));
    }

    private float AmbientWind(long tick)
    {
        int period = (Mood switch { Mood.Calm => 30, Mood.Dramatic => 6, _ => 15 }) * Ticks.PerSecond;
        long slot = tick / period;
        float wind = 1f;
        for (long s = Math.Max(0, slot - 1); s <= slot; s++)
        {
            var rng = new Rng(StableHash.Combine(StableHash.Stage(_seed, "directing.ambient.gust"), (ulong)s, (ulong)period));
            long start = (s * period) + rng.Next(period);
            long length = (long)(rng.Range(3f, 6f) * Ticks.PerSecond);
            float peak = rng.Range(1f, Mood == Mood.Dramatic ? 3.5f : 2.5f);
            if (tick >= start && tick < start + length && start > 0)
            {
                float x = MathF.Sin(MathF.PI * (tick - start) / length);
                wind += peak * x * x;
            }
        }
        return wind;
    }

    private static Vector2 Flat(Vector3 v) => new(v.X, v.Z);
}
