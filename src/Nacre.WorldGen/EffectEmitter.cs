using System.Numerics;

namespace Nacre.WorldGen;

/// <summary>
/// Where the renderer draws a moving effect (generator v2): a volcano's plume, a waterfall's spray, surf on a shore.
/// The effect's motion is the renderer's, a pure function of this emitter and simulation time.
/// </summary>
/// <param name="Kind">What the effect is.</param>
/// <param name="Position">Its base, world metres (the crater's rim, the plunge pool's surface, the waterline).</param>
/// <param name="Radius">Its horizontal size at the base (m).</param>
/// <param name="Strength">How dense it is, 0–1: surf is stronger against a cliff than on a gentle beach.</param>
public readonly record struct EffectEmitter(EffectKind Kind, Vector3 Position, float Radius, float Strength);
