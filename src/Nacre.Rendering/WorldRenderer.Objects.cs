using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Gl;
using Nacre.Rendering.Models;
using Nacre.Rendering.Terrain;
using Nacre.Simulation;
using Nacre.WorldGen;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Instanced models: each frame, the visible objects of resident chunks (plus the snapshot's extra objects and
// avatar) are culled by frustum, distance and projected size, sorted into one bucket per (model, level of detail),
// and drawn with one instanced call per non-empty bucket.
public sealed partial class WorldRenderer
{
    /// <summary>Projected heights (pixels) above which a model uses level 0, and level 1.</summary>
    private const float Lod0Pixels = 140f;
    private const float Lod1Pixels = 40f;

    /// <summary>Objects are drawn out to this many times their height (grass ≈ 50 m, a tree ≈ 750 m) before the model distance applies.</summary>
    private const float DistancePerMetreOfHeight = 80f;

    private readonly List<ulong> _instanceIds = [0UL];
    private readonly List<Candidate> _candidates = [];
    private ModelLibrary _models = null!;
    private List<ModelInstance>[] _buckets = null!;
    private ModelInstance[] _instanceData = [];
    private ShaderPair _objectProgram = null!;
    private uint _modelVao;
    private uint _modelVbo;
    private uint _modelEbo;
    private uint _instanceVbo;

    private void CreateObjectResources()
    {
        _models = new ModelLibrary();
        _buckets = new List<ModelInstance>[_models.Shapes.Length * ModelShape.LodCount];
        for (int i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = [];
        }
        _objectProgram = new ShaderPair(_gl, "object.vert", "object.frag", TierDefines);
        _modelVbo = _gl.GenBuffer();
        _modelEbo = _gl.GenBuffer();
        _instanceVbo = _gl.GenBuffer();
        _modelVao = CreateModelVao(_instanceVbo);
    }

    private unsafe uint CreateModelVao(uint instanceVbo)
    {
        uint vao = _gl.GenVertexArray();
        _gl.BindVertexArray(vao);
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _modelVbo);
        _gl.BufferData<ModelVertex>(BufferTargetARB.ArrayBuffer, _models.Vertices, BufferUsageARB.StaticDraw);
        _gl.BindBuffer(BufferTargetARB.ElementArrayBuffer, _modelEbo);
        _gl.BufferData<uint>(BufferTargetARB.ElementArrayBuffer, _models.Indices, BufferUsageARB.StaticDraw);
        _gl.EnableVertexAttribArray(0);
        _gl.VertexAttribPointer(0, 3, VertexAttribPointerType.Float, false, ModelVertex.SizeInBytes, (void*)0);
        _gl.EnableVertexAttribArray(1);
        _gl.VertexAttribPointer(1, 4, VertexAttribPointerType.UnsignedByte, true, ModelVertex.SizeInBytes, (void*)12);
        _gl.EnableVertexAttribArray(6);
        _gl.VertexAttribPointer(6, 3, VertexAttribPointerType.Byte, true, ModelVertex.SizeInBytes, (void*)16);
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, instanceVbo);
        for (uint a = 2; a <= 5; a++)
        {
            _gl.EnableVertexAttribArray(a);
            _gl.VertexAttribDivisor(a, 1);
        }
        PointInstanceAttributes(0);
        _gl.BindVertexArray(0);
        return vao;
    }

    /// <summary>Points the instance attributes at the bucket starting at <paramref name="firstInstance"/> (GL 3.3 has no base instance).</summary>
    private unsafe void PointInstanceAttributes(int firstInstance)
    {
        nint o = firstInstance * ModelInstance.SizeInBytes;
        _gl.VertexAttribPointer(2, 4, VertexAttribPointerType.Float, false, ModelInstance.SizeInBytes, (void*)o);
        _gl.VertexAttribPointer(3, 4, VertexAttribPointerType.Float, false, ModelInstance.SizeInBytes, (void*)(o + 16));
        _gl.VertexAttribPointer(4, 4, VertexAttribPointerType.UnsignedByte, true, ModelInstance.SizeInBytes, (void*)(o + 32));
        _gl.VertexAttribIPointer(5, 2, VertexAttribIType.UnsignedInt, ModelInstance.SizeInBytes, (void*)(o + 36));
    }

    private void DeleteObjectResources()
    {
        _objectProgram.Dispose();
        _gl.DeleteVertexArray(_modelVao);
        _gl.DeleteBuffer(_modelVbo);
        _gl.DeleteBuffer(_modelEbo);
        _gl.DeleteBuffer(_instanceVbo);
    }

    private void GatherInstances(in ViewCamera camera, FrameSnapshot snapshot)
    {
        foreach (List<ModelInstance> b in _buckets)
        {
            b.Clear();
        }
        _instanceIds.Clear();
        _instanceIds.Add(0UL);
        Vector3 eye = camera.Eye;
        IReadOnlySet<ulong> hidden = snapshot.HiddenObjectIds;
        float maxDistance = _options.ModelDistance;
        foreach (GpuChunk c in _chunks.Values)
        {
            if (c.Objects.Count == 0 || DistanceToChunk(c.Coord, eye.X, eye.Z) > maxDistance || !camera.Intersects(c.Min, c.Max))
            {
                continue;
            }
            foreach (PlacedObject o in c.Objects)
            {
                if (hidden.Count > 0 && hidden.Contains(o.Id))
                {
                    continue;
                }
                AddInstance(camera, o);
            }
        }
        foreach (PlacedObject o in snapshot.ExtraObjects)
        {
            AddInstance(camera, o);
        }
        if (snapshot.Avatar is PlacedObject avatar)
        {
            AddInstance(camera, avatar);
        }
        FillBuckets();
    }

    /// <summary>
    /// Chooses each candidate's level of detail so the models stay within <see cref="RendererOptions.ModelTriangleBudget"/>:
    /// the pixel thresholds are raised in steps (a dense forest gets simpler trees, and its smallest ones vanish)
    /// until the frame fits. Deterministic: it depends only on this frame's candidates.
    /// </summary>
    private void FillBuckets()
    {
        float scale = 1f;
        // Up to 1.4^15 ≈ 155× the thresholds: enough to fit even a dense forest seen from inside.
        for (int attempt = 0; attempt < 16; attempt++)
        {
            if (CountTriangles(scale) <= _options.ModelTriangleBudget)
            {
                break;
            }
            scale *= 1.4f;
        }
        float lod0 = Lod0Pixels * scale, lod1 = Lod1Pixels * scale, min = _options.MinModelPixels * MathF.Sqrt(scale);
        foreach (Candidate c in _candidates)
        {
            if (c.Pixels < min && !c.Pinned)
            {
                continue;
            }
            int lod = c.Pixels >= lod0 ? 0 : c.Pixels >= lod1 ? 1 : 2;
            ModelInstance instance = c.Instance;
            instance.IdIndex = (uint)_instanceIds.Count;
            _buckets[(c.Slot * ModelShape.LodCount) + lod].Add(instance);
            _instanceIds.Add(c.Id);
        }
        _candidates.Clear();
    }

    private long CountTriangles(float scale)
    {
        float lod0 = Lod0Pixels * scale, lod1 = Lod1Pixels * scale, min = _options.MinModelPixels * MathF.Sqrt(scale);
        long triangles = 0;
        foreach (Candidate c in _candidates)
        {
            if (c.Pixels < min && !c.Pinned)
            {
                continue;
            }
            int lod = c.Pixels >= lod0 ? 0 : c.Pixels >= lod1 ? 1 : 2;
            triangles += _models.Shapes[c.Slot].Lods[lod].Count / 3;
        }
        return triangles;
    }

    /// <summary>An object that passed culling, waiting for its level of detail.</summary>
    private readonly record struct Candidate(int Slot, float Pixels, ModelInstance Instance, ulong Id, bool Pinned);

    private void AddInstance(in ViewCamera camera, in PlacedObject placed)
    {
        ModelShape shape = _models.For(placed, _options.Planting);
        PlacedObject o = shape.InRows ? RowPlanting.Align(placed) : placed;
        Vector3 scale = InstanceScale(shape, o);
        float height = shape.Height * scale.Y;
        float radius = MathF.Max(height * 0.6f, MathF.Max(shape.HalfX * scale.X, shape.HalfZ * scale.Z) * 1.2f);
        Vector3 centre = o.Position + new Vector3(0, height * 0.5f, 0);
        float distance = Vector3.Distance(centre, camera.Eye);
        bool structure = SemanticLabels.IsStructure(o.Label);
        float limit = structure ? _options.ViewDistance : MathF.Min(_options.ModelDistance, MathF.Max(height, 0.3f) * DistancePerMetreOfHeight);
        if (distance - radius > limit || !camera.IntersectsSphere(centre, radius))
        {
            return;
        }
        float pixels = camera.PixelSize(MathF.Max(height, radius), distance, Height);
        if (pixels < _options.MinModelPixels)
        {
            return;
        }
        // Structures are never dropped by the budget: landmarks stay in view.
        _candidates.Add(new Candidate(shape.Slot, pixels, MakeInstance(shape, o, scale, 0), o.Id, structure));
    }

    private static ModelInstance MakeInstance(ModelShape shape, in PlacedObject o, Vector3 scale, uint idIndex) => new()
    {
        PositionYaw = new Vector4(o.Position, o.Yaw),
        ScaleSway = new Vector4(scale, shape.Sway),
        Tint = o.Tint.R | ((uint)o.Tint.G << 8) | ((uint)o.Tint.B << 16) | (255u << 24),
        Label = (uint)o.Label,
        IdIndex = idIndex,
    };

    /// <summary>How big the model is drawn: uniform scale, or fitted to the object's collision box (see <see cref="ModelFit"/>).</summary>
    private static Vector3 InstanceScale(ModelShape shape, in PlacedObject o)
    {
        float s = o.Scale > 0f ? o.Scale : 1f;
        Vector3 he = o.HalfExtents;
        if (shape.Fit == ModelFit.Uniform || he.X <= 0f || he.Z <= 0f)
        {
            return new Vector3(s);
        }
        float sx = he.X / shape.HalfX, sz = he.Z / shape.HalfZ;
        if (shape.Fit == ModelFit.Stretch)
        {
            // Length and width follow the collision box; height keeps the model's proportions (a deck's box is thin).
            return new Vector3(sx, s, sz);
        }
        // Buildings keep their proportions in height: the mean footprint scale, never squashed flat.
        float sy = MathF.Max(MathF.Sqrt(sx * sz), 0.5f);
        return new Vector3(sx, sy, sz);
    }

    /// <summary>Concatenates the buckets into one array and uploads it; returns nothing, fills <paramref name="ranges"/>.</summary>
    private int PackBuckets(List<ModelInstance>[] buckets, Span<(int First, int Count)> ranges)
    {
        int total = 0;
        foreach (List<ModelInstance> b in buckets)
        {
            total += b.Count;
        }
        if (_instanceData.Length < total)
        {
            _instanceData = new ModelInstance[Math.Max(total, _instanceData.Length * 2)];
        }
        int at = 0;
        for (int i = 0; i < buckets.Length; i++)
        {
            List<ModelInstance> b = buckets[i];
            ranges[i] = (at, b.Count);
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(b).CopyTo(_instanceData.AsSpan(at));
            at += b.Count;
        }
        return total;
    }

    private unsafe void DrawInstanced(List<ModelInstance>[] buckets, uint instanceVbo, uint vao, ref long triangles, ref int drawCalls, ref int instances)
    {
        Span<(int First, int Count)> ranges = stackalloc (int, int)[buckets.Length];
        int total = PackBuckets(buckets, ranges);
        if (total == 0)
        {
            return;
        }
        _gl.BindVertexArray(vao);
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, instanceVbo);
        _gl.BufferData(BufferTargetARB.ArrayBuffer, (nuint)(total * ModelInstance.SizeInBytes), null, BufferUsageARB.StreamDraw);
        fixed (ModelInstance* p = _instanceData)
        {
            _gl.BufferSubData(BufferTargetARB.ArrayBuffer, 0, (nuint)(total * ModelInstance.SizeInBytes), p);
        }
        for (int i = 0; i < buckets.Length; i++)
        {
            (int first, int count) = ranges[i];
            if (count == 0)
            {
                continue;
            }
            ModelShape shape = _models.Shapes[i / ModelShape.LodCount];
            (int firstIndex, int indexCount) = shape.Lods[i % ModelShape.LodCount];
            if (indexCount == 0)
            {
                continue;
            }
            PointInstanceAttributes(first);
            _gl.DrawElementsInstanced(PrimitiveType.Triangles, (uint)indexCount, DrawElementsType.UnsignedInt, (void*)(firstIndex * sizeof(uint)), (uint)count);
            triangles += (long)indexCount / 3 * count;
            drawCalls++;
            instances += count;
        }
    }

    private void DrawObjects(ref FrameCounters stats)
    {
        _gl.Enable(EnableCap.CullFace);
        _gl.CullFace(TriangleFace.Back);
        _objectProgram.Get(_labelsPass).Use();
        DrawInstanced(_buckets, _instanceVbo, _modelVao, ref stats.ModelTriangles, ref stats.DrawCalls, ref stats.Instances);
        _gl.Disable(EnableCap.CullFace);
    }
}
