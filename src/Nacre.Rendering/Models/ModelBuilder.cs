using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// Builds low-poly meshes from a few primitives (boxes, prisms, cones, blobs, roofs, quads). Every triangle is wound
/// counter-clockwise seen from outside its primitive (checked against the primitive's centre, so callers cannot get
/// it wrong). Colours are sRGB; the alpha byte says how a part is painted: <see cref="Fixed"/> keeps its colour,
/// <see cref="Tinted"/> takes the instance's tint (multiplied by the part's shade), <see cref="Glow"/> glows at night.
/// </summary>
internal sealed class ModelBuilder
{
    public const byte Fixed = 0;
    public const byte Tinted = 128;
    public const byte Glow = 255;

    private readonly List<ModelVertex> _vertices;
    private readonly List<uint> _indices;
    private Matrix4x4 _transform = Matrix4x4.Identity;

    public ModelBuilder(List<ModelVertex> vertices, List<uint> indices)
    {
        _vertices = vertices;
        _indices = indices;
    }

    /// <summary>Jitter seed for organic shapes, set per model so variants differ but stay deterministic.</summary>
    public ulong Seed { get; set; }

    /// <summary>Transform applied to the primitives added from now on (e.g. a tilted branch).</summary>
    public Matrix4x4 Transform
    {
        get => _transform;
        set => _transform = value;
    }

    public static uint Paint(int r, int g, int b, byte mode = Fixed) => (uint)r | ((uint)g << 8) | ((uint)b << 16) | ((uint)mode << 24);

    public static uint Paint(Rgb c, byte mode = Fixed) => Paint(c.R, c.G, c.B, mode);

    /// <summary>A part painted in the instance's tint; <paramref name="shade"/> 255 = the tint itself, less = darker.</summary>
    public static uint Tint(int shade = 255) => Paint(shade, shade, shade, Tinted);

    public void Box(Vector3 min, Vector3 max, uint color, bool bottom = false)
    {
        Vector3 c = (min + max) * 0.5f;
        Vector3 p000 = min, p111 = max;
        var p100 = new Vector3(max.X, min.Y, min.Z);
        var p010 = new Vector3(min.X, max.Y, min.Z);
        var p001 = new Vector3(min.X, min.Y, max.Z);
        var p110 = new Vector3(max.X, max.Y, min.Z);
        var p101 = new Vector3(max.X, min.Y, max.Z);
        var p011 = new Vector3(min.X, max.Y, max.Z);
        Quad(p000, p100, p110, p010, color, c);  // −z
        Quad(p001, p101, p111, p011, color, c);  // +z
        Quad(p000, p001, p011, p010, color, c);  // −x
        Quad(p100, p101, p111, p110, color, c);  // +x
        Quad(p010, p110, p111, p011, color, c);  // top
        if (bottom)
        {
            Quad(p000, p100, p101, p001, color, c);
        }
    }

    /// <summary>A box given by its base centre and full size (x across, y up, z along).</summary>
    public void Block(float x, float y, float z, float sx, float sy, float sz, uint color, bool bottom = false) =>
        Box(new Vector3(x - (sx / 2), y, z - (sz / 2)), new Vector3(x + (sx / 2), y + sy, z + (sz / 2)), color, bottom);

    /// <summary>A vertical prism or frustum with <paramref name="sides"/> sides; radii at base and top; top cap when asked.</summary>
    public void Cylinder(Vector3 baseCentre, float rBottom, float rTop, float height, int sides, uint color, bool topCap = true, float phase = 0f)
    {
        Vector3 centre = baseCentre + new Vector3(0, height / 2, 0);
        Span<Vector3> bottom = stackalloc Vector3[sides];
        Span<Vector3> top = stackalloc Vector3[sides];
        for (int i = 0; i < sides; i++)
        {
            float a = phase + (i * MathF.Tau / sides);
            var d = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            bottom[i] = baseCentre + (d * rBottom);
            top[i] = baseCentre + (d * rTop) + new Vector3(0, height, 0);
        }
        for (int i = 0; i < sides; i++)
        {
            int j = (i + 1) % sides;
            if (rTop <= 0.001f)
            {
                Triangle(bottom[i], bottom[j], top[i], color, centre);
            }
            else
            {
                Quad(bottom[i], bottom[j], top[j], top[i], color, centre);
            }
        }
        if (topCap && rTop > 0.001f)
        {
            for (int i = 1; i < sides - 1; i++)
            {
                Triangle(top[0], top[i], top[i + 1], color, centre);
            }
        }
    }

    public void Cone(Vector3 baseCentre, float radius, float height, int sides, uint color, float phase = 0f) =>
        Cylinder(baseCentre, radius, 0f, height, sides, color, false, phase);

    /// <summary>
    /// A rough ellipsoid: detail 0 is an octahedron (8 triangles), 1 an icosahedron (20), each vertex pushed in or
    /// out a little so foliage and rocks look hand-made.
    /// </summary>
    public void Blob(Vector3 centre, Vector3 radii, int detail, uint color, float roughness = 0.18f)
    {
        ReadOnlySpan<Vector3> verts = detail == 0 ? Octahedron : Icosahedron;
        ReadOnlySpan<int> faces = detail == 0 ? OctahedronFaces : IcosahedronFaces;
        Span<Vector3> p = stackalloc Vector3[verts.Length];
        for (int i = 0; i < verts.Length; i++)
        {
            float j = 1f + (roughness * ((StableHash.ToUnitFloat(StableHash.Combine(Seed, (ulong)i)) * 2f) - 1f));
            p[i] = centre + (Vector3.Normalize(verts[i]) * radii * j);
        }
        for (int f = 0; f < faces.Length; f += 3)
        {
            Triangle(p[faces[f]], p[faces[f + 1]], p[faces[f + 2]], color, centre);
        }
        Seed = StableHash.Mix(Seed + 1);
    }

    /// <summary>A gable roof over the rectangle [x0,x1]×[z0,z1] at height y, ridge along z, rising by <paramref name="rise"/>.</summary>
    public void GableRoof(float x0, float x1, float z0, float z1, float y, float rise, uint roof, uint gable)
    {
        float xm = (x0 + x1) / 2;
        var a = new Vector3(x0, y, z0);
        var b = new Vector3(x1, y, z0);
        var c = new Vector3(x1, y, z1);
        var d = new Vector3(x0, y, z1);
        var r0 = new Vector3(xm, y + rise, z0);
        var r1 = new Vector3(xm, y + rise, z1);
        var centre = new Vector3(xm, y + (rise * 0.3f), (z0 + z1) / 2);
        Quad(a, d, r1, r0, roof, centre);
        Quad(b, c, r1, r0, roof, centre);
        Triangle(a, b, r0, gable, centre);
        Triangle(d, c, r1, gable, centre);
        Quad(a, b, c, d, roof, centre + new Vector3(0, 10, 0)); // eaves seen from below
    }

    /// <summary>A four-sided pyramid roof over a rectangle.</summary>
    public void HipRoof(float x0, float x1, float z0, float z1, float y, float rise, uint roof)
    {
        var apex = new Vector3((x0 + x1) / 2, y + rise, (z0 + z1) / 2);
        var centre = apex - new Vector3(0, rise * 0.7f, 0);
        var a = new Vector3(x0, y, z0);
        var b = new Vector3(x1, y, z0);
        var c = new Vector3(x1, y, z1);
        var d = new Vector3(x0, y, z1);
        Triangle(a, b, apex, roof, centre);
        Triangle(b, c, apex, roof, centre);
        Triangle(c, d, apex, roof, centre);
        Triangle(d, a, apex, roof, centre);
    }

    /// <summary>A tapered limb from <paramref name="from"/> to <paramref name="to"/>, open at both ends (branches, culms, stems).</summary>
    public void Limb(Vector3 from, Vector3 to, float rFrom, float rTo, int sides, uint color)
    {
        Vector3 d = to - from;
        float length = d.Length();
        if (length < 1e-4f)
        {
            return;
        }
        Matrix4x4 saved = _transform;
        _transform = Matrix4x4.CreateFromQuaternion(FromUp(d / length)) * Matrix4x4.CreateTranslation(from) * saved;
        Cylinder(Vector3.Zero, rFrom, rTo, length, sides, color, topCap: false);
        _transform = saved;
    }

    /// <summary>A flat polygon facing <paramref name="normal"/>, visible from both sides (flower heads, wheels' hubs).</summary>
    public void Disc(Vector3 centre, Vector3 normal, float radius, int sides, uint color)
    {
        Matrix4x4 r = Matrix4x4.CreateFromQuaternion(FromUp(Vector3.Normalize(normal)));
        Vector3 previous = centre + Vector3.Transform(new Vector3(radius, 0, 0), r);
        for (int i = 1; i <= sides; i++)
        {
            float a = i * MathF.Tau / sides;
            Vector3 p = centre + Vector3.Transform(new Vector3(MathF.Cos(a) * radius, 0, MathF.Sin(a) * radius), r);
            Blade(centre, previous, p, color);
            previous = p;
        }
    }

    /// <summary>
    /// A crown seen as one mass from afar: a ragged star outline (<paramref name="points"/> tips, inner points
    /// <paramref name="jag"/> of the radius in), a flat underside and a low dome on top (acacia umbrellas, leaf tufts).
    /// </summary>
    public void Canopy(Vector3 centre, float radius, float thickness, int points, float jag, uint color, uint under)
    {
        int n = points * 2;
        Span<Vector3> bottom = stackalloc Vector3[n];
        Span<Vector3> top = stackalloc Vector3[n];
        for (int i = 0; i < n; i++)
        {
            float a = i * MathF.Tau / n;
            float j = 1f + (0.15f * ((StableHash.ToUnitFloat(StableHash.Combine(Seed, (ulong)i)) * 2f) - 1f));
            float r = radius * j * (i % 2 == 0 ? 1f : 1f - jag);
            var d = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            bottom[i] = centre + (d * r * 0.8f);
            top[i] = centre + (d * r) + new Vector3(0, thickness * 0.45f, 0);
        }
        Vector3 apex = centre + new Vector3(0, thickness, 0);
        Vector3 inside = centre + new Vector3(0, thickness * 0.4f, 0);
        for (int i = 0; i < n; i++)
        {
            int k = (i + 1) % n;
            Quad(bottom[i], bottom[k], top[k], top[i], color, inside);
            Triangle(top[i], top[k], apex, color, inside);
            Triangle(bottom[i], bottom[k], centre, under, inside + new Vector3(0, thickness, 0));
        }
        Seed = StableHash.Mix(Seed + 1);
    }

    /// <summary>
    /// An irregular prism (a rock's layer): a <paramref name="sides"/>-gon of jittered radii, its top ring scaled by
    /// <paramref name="topScale"/>, with a top face.
    /// </summary>
    public void Slab(Vector3 baseCentre, float radiusX, float radiusZ, float height, float topScale, int sides, uint side, uint top)
    {
        Span<Vector3> lower = stackalloc Vector3[sides];
        Span<Vector3> upper = stackalloc Vector3[sides];
        for (int i = 0; i < sides; i++)
        {
            float a = i * MathF.Tau / sides;
            float j = 1f + (0.22f * ((StableHash.ToUnitFloat(StableHash.Combine(Seed, (ulong)i)) * 2f) - 1f));
            var d = new Vector3(MathF.Cos(a) * radiusX * j, 0, MathF.Sin(a) * radiusZ * j);
            lower[i] = baseCentre + d;
            upper[i] = baseCentre + (d * topScale) + new Vector3(0, height, 0);
        }
        Vector3 inside = baseCentre + new Vector3(0, height * 0.5f, 0);
        for (int i = 0; i < sides; i++)
        {
            int k = (i + 1) % sides;
            Quad(lower[i], lower[k], upper[k], upper[i], side, inside);
        }
        for (int i = 1; i < sides - 1; i++)
        {
            Triangle(upper[0], upper[i], upper[i + 1], top, inside);
        }
        Seed = StableHash.Mix(Seed + 1);
    }

    /// <summary>A closed profile in the x–y plane swept along z from <paramref name="z0"/> to <paramref name="z1"/>, open at both ends (hedges, rows).</summary>
    public void Extrude(ReadOnlySpan<Vector2> profile, float z0, float z1, uint color)
    {
        Vector2 c = Vector2.Zero;
        foreach (Vector2 p in profile)
        {
            c += p;
        }
        c /= profile.Length;
        var inside = new Vector3(c.X, c.Y, (z0 + z1) / 2);
        for (int i = 0; i < profile.Length; i++)
        {
            Vector2 a = profile[i], d = profile[(i + 1) % profile.Length];
            Quad(new Vector3(a.X, a.Y, z0), new Vector3(d.X, d.Y, z0), new Vector3(d.X, d.Y, z1), new Vector3(a.X, a.Y, z1), color, inside);
        }
    }

    /// <summary>A flat quad visible from both sides (leaves, blades, sails, signs).</summary>
    public void Card(Vector3 a, Vector3 b, Vector3 c, Vector3 d, uint color)
    {
        Vector3 n = Vector3.Cross(b - a, c - a);
        Vector3 mid = (a + b + c + d) * 0.25f;
        Quad(a, b, c, d, color, mid - n);
        Quad(a, b, c, d, color, mid + n);
    }

    /// <summary>A triangle visible from both sides.</summary>
    public void Blade(Vector3 a, Vector3 b, Vector3 c, uint color)
    {
        Vector3 n = Vector3.Cross(b - a, c - a);
        Vector3 mid = (a + b + c) / 3f;
        Triangle(a, b, c, color, mid - n);
        Triangle(a, b, c, color, mid + n);
    }

    public void Quad(Vector3 a, Vector3 b, Vector3 c, Vector3 d, uint color, Vector3 inside)
    {
        Triangle(a, b, c, color, inside);
        Triangle(a, c, d, color, inside);
    }

    public void Triangle(Vector3 a, Vector3 b, Vector3 c, uint color, Vector3 inside)
    {
        a = Vector3.Transform(a, _transform);
        b = Vector3.Transform(b, _transform);
        c = Vector3.Transform(c, _transform);
        inside = Vector3.Transform(inside, _transform);
        Vector3 n = Vector3.Cross(b - a, c - a);
        if (Vector3.Dot(n, ((a + b + c) / 3f) - inside) < 0f)
        {
            (b, c) = (c, b);
        }
        if (n.LengthSquared() < 1e-12f)
        {
            return; // degenerate: nothing to draw
        }
        uint normal = Terrain.TerrainVertex.PackNormal(Vector3.Cross(b - a, c - a));
        uint i = (uint)_vertices.Count;
        _vertices.Add(new ModelVertex(a.X, a.Y, a.Z, color, normal));
        _vertices.Add(new ModelVertex(b.X, b.Y, b.Z, color, normal));
        _vertices.Add(new ModelVertex(c.X, c.Y, c.Z, color, normal));
        _indices.Add(i);
        _indices.Add(i + 1);
        _indices.Add(i + 2);
    }

    /// <summary>The rotation that turns +y onto <paramref name="direction"/> (a unit vector).</summary>
    private static Quaternion FromUp(Vector3 direction)
    {
        float dot = direction.Y;
        if (dot > 0.9999f)
        {
            return Quaternion.Identity;
        }
        if (dot < -0.9999f)
        {
            return Quaternion.CreateFromAxisAngle(Vector3.UnitX, MathF.PI);
        }
        return Quaternion.CreateFromAxisAngle(Vector3.Normalize(Vector3.Cross(Vector3.UnitY, direction)), MathF.Acos(dot));
    }

    private static readonly Vector3[] Octahedron =
    [
        new(1, 0, 0), new(-1, 0, 0), new(0, 1, 0), new(0, -1, 0), new(0, 0, 1), new(0, 0, -1),
    ];

    private static readonly int[] OctahedronFaces =
    [
        0, 2, 4, 4, 2, 1, 1, 2, 5, 5, 2, 0, 0, 4, 3, 4, 1, 3, 1, 5, 3, 5, 0, 3,
    ];

    private const float Phi = 1.618034f;

    private static readonly Vector3[] Icosahedron =
    [
        new(-1, Phi, 0), new(1, Phi, 0), new(-1, -Phi, 0), new(1, -Phi, 0),
        new(0, -1, Phi), new(0, 1, Phi), new(0, -1, -Phi), new(0, 1, -Phi),
        new(Phi, 0, -1), new(Phi, 0, 1), new(-Phi, 0, -1), new(-Phi, 0, 1),
    ];

    private static readonly int[] IcosahedronFaces =
    [
        0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
        3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1,
    ];
}
