using System.Numerics;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>An object with a behaviour: its current state, what it does, and toward or away from what.</summary>
internal sealed class Actor
{
    public Actor(PlacedObject obj, BehaviourKind kind, ResolvedSubject? target, long startTick)
    {
        Object = obj;
        Kind = kind;
        Target = target;
        Home = obj.Position;
        StartTick = startTick;
    }

    public PlacedObject Object { get; set; }

    public BehaviourKind Kind { get; set; }

    public ResolvedSubject? Target { get; }

    public Vector3 Home { get; }

    public long StartTick { get; }

    /// <summary>Wander: the current waypoint and when the pause at it ends.</summary>
    public Vector3? Waypoint { get; set; }

    public long PauseUntil { get; set; }

    public int WaypointIndex { get; set; }

    /// <summary>Drive: the unit heading on the ground plane (x, z).</summary>
    public Vector2 Heading { get; set; }

    /// <summary>Ambient actors (birds taking off, a passing car) vanish at this tick; 0 = never.</summary>
    public long ExpireTick { get; set; }

    /// <summary>Height above ground while flying, metres.</summary>
    public float Altitude { get; set; }
}
