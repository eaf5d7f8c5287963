using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// Where a visitor first stands and looks: <see cref="Position"/> is on dry, walkable ground (feet, world metres);
/// <see cref="Yaw"/> is a compass heading in radians (0 = north, −Z; π/2 = east, +X) that looks at the main subject,
/// which stands 20–80 m away with no tree in the line of sight.
/// </summary>
/// <param name="Position">Ground point under the visitor's feet, world metres.</param>
/// <param name="Yaw">Compass heading, radians, 0 = north (−Z).</param>
/// <param name="SubjectPosition">The main subject's ground point, or null when the prompt named none.</param>
/// <param name="SubjectLabel">What the main subject is (<see cref="SemanticLabel.Water"/> for a lake or river, <see cref="SemanticLabel.Terrain"/> for a hill), or None.</param>
/// <param name="Pitch">
/// Camera tilt the view solver chose (radians, up positive) for the default walking lens, or null (generator v1) to
/// aim level with the subject.
/// </param>
/// <param name="SubjectId">The main subject's object id when it is an object (generator v2), else 0.</param>
/// <param name="GroupRadius">
/// Generator v2, when the subject is a group of small things seen together (a crowd, a caravan of camels, a herd, rows
/// of gravestones, boats at their moorings): the subject is every object of <paramref name="SubjectLabel"/> within this
/// radius (m, horizontal) of <paramref name="SubjectPosition"/>, their centre. 0 for a single object or a landform.
/// </param>
public sealed record SpawnPoint(Vector3 Position, float Yaw, Vector3? SubjectPosition, SemanticLabel SubjectLabel, float? Pitch = null, ulong SubjectId = 0,
    float GroupRadius = 0f);
