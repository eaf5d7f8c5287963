namespace Nacre.WorldGen;

/// <summary>A moving effect the renderer draws at an <see cref="EffectEmitter"/>: not an object, nothing to collide with.</summary>
public enum EffectKind : byte
{
    /// <summary>A volcano's smoke plume rising from its crater.</summary>
    Smoke = 0,

    /// <summary>Mist thrown up where a waterfall lands.</summary>
    Spray = 1,

    /// <summary>Foam where the sea's waves break on a beach or against the foot of a cliff.</summary>
    Surf = 2,
}
