using System.Numerics;

namespace Nacre.Agents.Tasks;

/// <summary>Where the agent is after a step, for a task to judge.</summary>
/// <param name="Feet">The body's base, world metres.</param>
/// <param name="Eye">The camera, world metres.</param>
/// <param name="Yaw">Heading, radians (0 = north, π/2 = east).</param>
/// <param name="Pitch">View pitch, radians, up positive.</param>
/// <param name="Step">Steps taken this episode (1 after the first).</param>
/// <param name="Tick">Simulation tick now.</param>
public readonly record struct AgentState(Vector3 Feet, Vector3 Eye, float Yaw, float Pitch, int Step, long Tick);
