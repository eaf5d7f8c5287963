using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// One generated object: a tree, a cabin, a car, a deer's spawn point. <see cref="Id"/> is a stable instance id
/// (a hash of seed, stage and placement), the same every time the world is generated, used by segmentation,
/// export, directing and agents.
/// </summary>
/// <param name="Id">Stable instance id, never 0.</param>
/// <param name="Label">What it is.</param>
/// <param name="Position">Anchor on the ground (base centre), world metres.</param>
/// <param name="Yaw">Compass heading the model faces, radians: 0 = north (−Z), π/2 = east (+X); its front is (sin yaw, 0, −cos yaw).</param>
/// <param name="Scale">Uniform size multiplier on the label's nominal model size (≈ 0.6 … 1.6).</param>
/// <param name="Tint">Base colour of this instance (per-instance variation, or the spec's colour accent).</param>
/// <param name="HalfExtents">Collision box half sizes in the object's own frame (x across, y up from the base, z along), metres; zero for things a walker passes through (grass, flowers, birds).</param>
/// <param name="Variant">Which variant of the label's model (roof shape, branch count…), 0–255.</param>
/// <param name="Material">Material accent from the spec ("stone cottage"), or Unspecified.</param>
public readonly record struct PlacedObject(
    ulong Id,
    SemanticLabel Label,
    Vector3 Position,
    float Yaw,
    float Scale,
    Rgb Tint,
    Vector3 HalfExtents,
    byte Variant,
    MaterialKind Material)
{
    /// <summary>True when a walker collides with it.</summary>
    public bool IsSolid => HalfExtents.X > 0f && HalfExtents.Z > 0f;
}
