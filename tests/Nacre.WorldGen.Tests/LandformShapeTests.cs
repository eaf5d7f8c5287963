using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen.Tests;

/// <summary>
/// Generator v2's landform recipes have the shape their names promise: a delta fans out in several channels of water
/// between sandbanks, an estuary has mud flats at low water, an archipelago is many islands with the sea between them,
/// dunes are ridges at a regular spacing with steep slip faces.
/// </summary>
public class LandformShapeTests
{
    private static (LandformRecipe Recipe, ReliefField Relief) Recipe(Landform landform, Relief relief, bool sea, bool river, ulong seed)
    {
        var spec = new WorldSpec
        {
            Seed = seed,
            Terrain = new TerrainSpec { Relief = relief },
            Landform = landform,
            Water = new WaterSpec
            {
                Amount = sea || river ? WaterAmount.Some : WaterAmount.None,
                Sea = sea,
                Rivers = river,
            },
        };
        var field = new ReliefField(spec);
        return (LandformRecipe.For(spec, field).ShouldNotBeNull(), field);
    }

    private static float Height(LandformRecipe r, ReliefField relief, Vector3 p) => r.Shape(p.X, p.Z, relief.Height(p.X, p.Z));

    /// <summary>Runs of water (ground below the sea) at least <paramref name="minWidth"/> metres wide across the fan at u.</summary>
    private static int ChannelsAcross(LandformRecipe r, ReliefField relief, float u, float minWidth, out int dryMetres)
    {
        float half = r.DeltaHalfWidth(u);
        int channels = 0, run = 0;
        dryMetres = 0;
        for (float v = -half; v <= half; v += 1f)
        {
            if (Height(r, relief, r.AtLocal(u, v, 0f)) < 0f)
            {
                run++;
                continue;
            }
            dryMetres++;
            channels += run >= minWidth ? 1 : 0;
            run = 0;
        }
        return channels + (run >= minWidth ? 1 : 0);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Delta_FansOutInSeveralChannels_BetweenSandbanks(ulong seed)
    {
        (LandformRecipe r, ReliefField relief) = Recipe(Landform.Delta, Relief.Coast, sea: true, river: true, seed);
        ChannelsAcross(r, relief, 5f, 3f, out _).ShouldBeLessThanOrEqualTo(2, "at the apex the channels leave the river together");
        int channels = ChannelsAcross(r, relief, 350f, 3f, out int dry);
        channels.ShouldBeGreaterThanOrEqualTo(4, "a delta's distributaries fan out toward the sea");
        dry.ShouldBeGreaterThan(100, "sandbanks stand between the channels");
        r.Ground(r.AtLocal(350f, 0f, 0f).X, r.AtLocal(350f, 0f, 0f).Z, 0.6f, 0.05f).ShouldBeOneOf(GroundKind.Sand, GroundKind.Mud);
        r.Rivers.Count.ShouldBeGreaterThan(0, "a river comes down to the delta's apex");
        Height(r, relief, r.AtLocal(LandformRecipe.DeltaFront + 150f, 0f, 0f)).ShouldBeLessThan(-1f, "the fan ends in open sea");
        Height(r, relief, Vector3.Zero).ShouldBeGreaterThan(8f, "the site stands on the bluff above the fan");
    }

    [Fact]
    public void Estuary_HasAChannelAndMudFlats()
    {
        (LandformRecipe r, ReliefField relief) = Recipe(Landform.Estuary, Relief.Coast, sea: true, river: true, 1);
        ChannelsAcross(r, relief, 350f, 8f, out int dry).ShouldBeGreaterThanOrEqualTo(1);
        dry.ShouldBeGreaterThan(150, "at low water, flats lie bare beside the channel");
        int mud = 0;
        float half = r.DeltaHalfWidth(350f);
        for (float v = -half; v <= half; v += 2f)
        {
            Vector3 p = r.AtLocal(350f, v, 0f);
            float h = Height(r, relief, p);
            mud += h >= 0f && r.Ground(p.X, p.Z, h, 0.02f) == GroundKind.Mud ? 1 : 0;
        }
        mud.ShouldBeGreaterThan(10, "an estuary's flats are mud as well as sand");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Archipelago_IsManyIslands_WithSeaBetweenThem(ulong seed)
    {
        (LandformRecipe r, ReliefField relief) = Recipe(Landform.Archipelago, Relief.Islands, sea: true, river: false, seed);
        const int N = 200;
        const float Step = 8f;
        var land = new bool[N, N];
        for (int j = 0; j < N; j++)
        {
            for (int i = 0; i < N; i++)
            {
                var p = new Vector3((i - (N / 2)) * Step, 0f, (j - (N / 2)) * Step);
                land[i, j] = Height(r, relief, p) > 0f;
            }
        }
        land[N / 2, N / 2].ShouldBeTrue("the site stands on an island");
        List<int> islands = Islands(land);
        islands.Count.ShouldBeGreaterThanOrEqualTo(20, "an archipelago is many islands within 800 m");
        islands.Max().ShouldBeLessThan((int)(MathF.PI * 90f * 90f / (Step * Step)), "no two islands run together into one");
        (islands.Sum() / (float)(N * N)).ShouldBeLessThan(0.35f, "the sea is most of it");
    }

    /// <summary>Sizes (cells) of the 4-connected regions of land on the grid.</summary>
    private static List<int> Islands(bool[,] land)
    {
        int n = land.GetLength(0);
        var seen = new bool[n, n];
        var sizes = new List<int>();
        var stack = new Stack<(int, int)>();
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                if (!land[i, j] || seen[i, j])
                {
                    continue;
                }
                int size = 0;
                stack.Push((i, j));
                seen[i, j] = true;
                while (stack.Count > 0)
                {
                    (int x, int z) = stack.Pop();
                    size++;
                    foreach ((int dx, int dz) in (ReadOnlySpan<(int, int)>)[(1, 0), (-1, 0), (0, 1), (0, -1)])
                    {
                        int a = x + dx, b = z + dz;
                        if (a >= 0 && b >= 0 && a < n && b < n && land[a, b] && !seen[a, b])
                        {
                            seen[a, b] = true;
                            stack.Push((a, b));
                        }
                    }
                }
                sizes.Add(size);
            }
        }
        return sizes;
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(5UL)]
    public void Dunes_AreRidgesAtTheirSpacing_WithSteepSlipFaces(ulong seed)
    {
        (LandformRecipe r, ReliefField relief) = Recipe(Landform.Dunes, Relief.Dunes, sea: false, river: false, seed);
        const float Step = 2f;
        var profile = new List<float>();
        for (float u = -800f; u <= 800f; u += Step)
        {
            profile.Add(Height(r, relief, r.AtLocal(u, 0f, 0f)));
        }
        // Crests: highest point within 30 m either side, standing 5 m above the lowest there.
        var crests = new List<int>();
        const int Window = 15;
        for (int k = Window; k < profile.Count - Window; k++)
        {
            var around = profile.GetRange(k - Window, (2 * Window) + 1);
            if (profile[k] >= around.Max() && profile[k] - around.Min() > 5f)
            {
                crests.Add(k);
            }
        }
        crests.Count.ShouldBeGreaterThanOrEqualTo(14, "a field of dune ridges, crest after crest");
        float spacing = (crests[^1] - crests[0]) * Step / (crests.Count - 1);
        spacing.ShouldBeInRange(0.8f * LandformRecipe.DuneSpacing, 1.25f * LandformRecipe.DuneSpacing);
        float windward = 0f, slip = 0f;
        for (int k = 1; k < profile.Count; k++)
        {
            float grade = (profile[k] - profile[k - 1]) / Step;
            windward = MathF.Max(windward, grade);
            slip = MathF.Max(slip, -grade);
        }
        slip.ShouldBeGreaterThan(1.8f * windward, "the slip face downwind is much steeper than the windward slope");
        r.Ground(0f, 0f, 8f, 0.1f).ShouldBe(GroundKind.Sand);
    }
}
