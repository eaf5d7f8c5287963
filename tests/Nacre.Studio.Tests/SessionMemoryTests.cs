using System.Text.RegularExpressions;
using Nacre.Storage;
using Nacre.Studio.Sessions;
using Nacre.Studio.Streaming;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Tests;

/// <summary>
/// Sessions that come and go leave the studio's memory where it was. Each cycle opens a live engine on a thread of
/// its own (as a session does, so llvmpipe's threads come and go with it), walks and renders, closes, and gives
/// unused memory back as the session manager does; after two warm-up cycles the process's resident size must not
/// keep growing. Before the fix each 480p cycle left about 40–100 MB behind in glibc's per-thread arenas.
/// </summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed partial class SessionMemoryTests : IDisposable
{
    // Resident memory climbs for the first several sessions of a process (llvmpipe's and glibc's caches filling: about
    // 11 MB a session for seven or eight sessions, measured), then stays flat; the test measures after that plateau.
    private const int WarmUpCycles = 9;
    private const int MeasuredCycles = 4;
    private const double AllowedGrowthMb = 40; // over all measured cycles, for what the GC and Mesa keep cached

    private readonly LiveStudio _studio = new("memory");

    public void Dispose() => _studio.Dispose();

    [Fact]
    public void SessionsComingAndGoing_LeaveResidentMemoryFlat()
    {
        ProcessMemory.LimitMallocArenas(2); // as `nacre studio` does at start
        WorldRecord world = new WorldService(_studio.Store).Create("a pine forest by a lake with a cabin", 7, null);
        for (int i = 0; i < WarmUpCycles; i++)
        {
            RunSession(world);
        }
        double warm = ResidentMb();
        var after = new List<double>();
        for (int i = 0; i < MeasuredCycles; i++)
        {
            RunSession(world);
            after.Add(ResidentMb());
        }
        (after[^1] - warm).ShouldBeLessThan(AllowedGrowthMb,
            $"resident MB after warm-up {warm:0}, then after each session {string.Join(", ", after.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    /// <summary>One session's life on its own thread: open, walk forward turning for 30 frames, close, give memory back.</summary>
    private void RunSession(WorldRecord world)
    {
        Exception? failed = null;
        var thread = new Thread(() =>
        {
            try
            {
                using LiveEngine engine = _studio.Open(world, Resolution.P480);
                engine.Apply(new ClientInput(1, ClientInputKind.KeyDown, Key: "KeyW"));
                for (int frame = 0; frame < 30; frame++)
                {
                    engine.Apply(new ClientInput((uint)(2 + frame), ClientInputKind.Look, Dx: 40));
                    engine.StepTo(engine.Tick + 4);
                    engine.Render();
                }
            }
#pragma warning disable CA1031 // handed to the test thread below
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failed is not null)
        {
            throw new InvalidOperationException("the session failed", failed);
        }
        ProcessMemory.ReturnUnused();
    }

    private static double ResidentMb() =>
        long.Parse(ResidentKb().Match(File.ReadAllText("/proc/self/status")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;

    [GeneratedRegex(@"VmRSS:\s+(\d+) kB")]
    private static partial Regex ResidentKb();
}
