using System.Numerics;
using Nacre.Core;

namespace Nacre.Simulation.Directing;

/// <summary>
/// A subject found in the world: an object (with its stable id, so the session can track it as it moves), a point of
/// a landform, or the camera. <see cref="Base"/> is the ground point under it; <see cref="HalfExtents"/> its visual
/// half size (x across, y half height, z along its facing), metres.
/// </summary>
public sealed record ResolvedSubject(string Name, Vector3 Base, Vector3 HalfExtents, float Yaw, ulong ObjectId, SemanticLabel Label, SubjectKind Kind)
{
    /// <summary>Visual centre, world metres.</summary>
    public Vector3 Centre => Base + new Vector3(0f, HalfExtents.Y, 0f);

    /// <summary>Full visual height, metres.</summary>
    public float Height => 2f * HalfExtents.Y;
}
