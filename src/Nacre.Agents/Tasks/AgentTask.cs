using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// A task, registered by name and version (<see cref="TaskRegistry"/>): a distribution of worlds (prompts × seeds ×
/// times × weather, split three ways) and how one episode in such a world starts, is rewarded and ends.
/// Episode <c>k</c> of a split is a pure function of (task, split, k): any process draws the same one.
/// </summary>
public abstract class AgentTask
{
    /// <summary>Consecutive episodes drawn in one world before the next world.</summary>
    public const int EpisodesPerWorld = 4;

    /// <summary>Worlds tried after one that cannot host the task (no subject, no reachable start).</summary>
    private const int WorldAttempts = 12;

    /// <summary>"Nacre/ObjectNav-v0".</summary>
    public abstract string Name { get; }

    /// <summary>One line for listings.</summary>
    public abstract string Description { get; }

    /// <summary>Steps before an episode is truncated.</summary>
    public abstract int MaxSteps { get; }

    /// <summary>The prompts worlds are made from.</summary>
    public abstract IReadOnlyList<TaskPrompt> Prompts { get; }

    /// <summary>The <paramref name="worldIndex"/>-th world of <paramref name="split"/>: prompt, seed, time and weather.</summary>
    public WorldDraw DrawWorld(Split split, long worldIndex)
    {
        ulong seed = Splits.WorldSeed(split, worldIndex);
        var rng = new Rng(StableHash.Combine(StableHash.Of(Name), seed));
        TaskPrompt prompt = Prompts[rng.Next(Prompts.Count)];
        float hours = rng.Range(7.5f, 17.5f);
        float w = rng.NextFloat();
        (WeatherKind weather, float intensity) = w switch
        {
            < 0.55f => (WeatherKind.Clear, 0.5f),
            < 0.75f => (WeatherKind.Overcast, rng.Range(0.3f, 0.8f)),
            < 0.85f => (WeatherKind.Fog, rng.Range(0.15f, 0.4f)),
            < 0.95f => (WeatherKind.Rain, rng.Range(0.2f, 0.6f)),
            _ => (WeatherKind.Snow, rng.Range(0.2f, 0.5f)),
        };
        return new WorldDraw(prompt.Prompt, seed, hours, weather, intensity, prompt.GoalPhrase, prompt.GoalLabel);
    }

    /// <summary>
    /// Episode <paramref name="index"/> of <paramref name="split"/>: enters its world on <paramref name="host"/> and
    /// places the start and goal. A world that cannot host the task is skipped for the next one, deterministically.
    /// The caller leaves <see cref="EpisodeStart.World"/> when the episode ends.
    /// </summary>
    internal EpisodeStart Start(AgentHost host, Split split, long index)
    {
        long worldIndex = index / EpisodesPerWorld;
        for (int attempt = 0; attempt < WorldAttempts; attempt++)
        {
            WorldDraw draw = DrawWorld(split, worldIndex + (attempt * 100_003L));
            SharedWorld world = host.Enter(draw.Prompt, draw.WorldSeed);
            var rng = new Rng(StableHash.Combine(StableHash.Of(Name + ".episode"), draw.WorldSeed, (ulong)index));
            TaskEpisode? episode = Begin(world, draw, ref rng);
            if (episode is not null)
            {
                return new EpisodeStart(world, episode);
            }
            host.Leave(world);
        }
        throw new InvalidOperationException($"{Name}: no world among {WorldAttempts} tried could host episode {index} of the {Splits.NameOf(split)} split");
    }

    /// <summary>Places one episode in <paramref name="world"/>, or null when this world cannot host it.</summary>
    protected abstract TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng);

    /// <summary>The prompt's main subject as a placed object (its id, box and yaw), when it is one and has the expected label.</summary>
    protected static PlacedObject? FindSubject(SharedWorld world, SemanticLabel expected)
    {
        SpawnPoint spawn = world.Generator.Spawn;
        if (spawn.SubjectPosition is not Vector3 at || (expected != SemanticLabel.None && spawn.SubjectLabel != expected))
        {
            return null;
        }
        PlacedObject? best = null;
        float bestD = 12f;
        foreach (PlacedObject o in world.Chunks.ObjectsNear(at.X, at.Z, 16f))
        {
            if (spawn.SubjectId != 0 ? o.Id == spawn.SubjectId : o.Label == spawn.SubjectLabel)
            {
                float d = Vector2.Distance(new Vector2(o.Position.X, o.Position.Z), new Vector2(at.X, at.Z));
                if (d < bestD)
                {
                    best = o;
                    bestD = d;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Walking distances to <paramref name="target"/> (to within <paramref name="arriveWithin"/> metres of its footprint)
    /// over a navigation grid centred on it, with its centre (x, z) and its larger half extent, metres.
    /// </summary>
    protected static (Vector2 Centre, Navigation.DistanceField Field, float Reach) FieldAround(SharedWorld world, PlacedObject target, float arriveWithin)
    {
        var centre = new Vector2(target.Position.X, target.Position.Z);
        var grid = new Navigation.NavGrid(world.Chunks, centre.X, centre.Y, ObjectNavTask.GridSize);
        var field = new Navigation.DistanceField(grid, p => FootprintDistance(target, p) <= arriveWithin);
        return (centre, field, MathF.Max(target.HalfExtents.X, target.HalfExtents.Z));
    }

    /// <summary>A random start on free, reachable ground between <paramref name="minDistance"/> and <paramref name="maxDistance"/> metres of walking from the goal.</summary>
    protected static Vector2? PickStart(Navigation.DistanceField field, Vector2 around, float minRadius, float maxRadius, float minDistance, float maxDistance, ref Rng rng)
    {
        for (int i = 0; i < 96; i++)
        {
            float angle = rng.Range(-MathF.PI, MathF.PI);
            float r = rng.Range(minRadius, maxRadius);
            var p = new Vector2(MathF.Round(around.X + (MathF.Sin(angle) * r)), MathF.Round(around.Y - (MathF.Cos(angle) * r)));
            float d = field.DistanceAt(p.X, p.Y);
            if (d >= minDistance && d <= maxDistance)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Horizontal distance from (x, z) to an object's footprint, metres (0 inside it).</summary>
    public static float FootprintDistance(in PlacedObject o, Vector2 p)
    {
        float dx = p.X - o.Position.X, dz = p.Y - o.Position.Z;
        float cos = MathF.Cos(o.Yaw), sin = MathF.Sin(o.Yaw);
        float lx = MathF.Abs((dx * cos) + (dz * sin)) - o.HalfExtents.X;
        float lz = MathF.Abs((dx * sin) - (dz * cos)) - o.HalfExtents.Z;
        float ex = MathF.Max(lx, 0f), ez = MathF.Max(lz, 0f);
        return MathF.Sqrt((ex * ex) + (ez * ez));
    }
}
