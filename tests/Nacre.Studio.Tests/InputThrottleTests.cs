using Microsoft.Data.Sqlite;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Tests;

public sealed class InputThrottleTests
{
    [Fact]
    public void Admit_AFloodOfCommands_AcceptsABurstThenAsksToSlowDown_ButAlwaysLetsKeysGo()
    {
        using var throttle = new InputThrottle(new StudioOptions { MaxCommandsPerSecond = 5, MaxInputsPerSecond = 400 });
        var subjects = new ClientInput(1, ClientInputKind.Subjects);

        InputAdmission[] flood = [.. Enumerable.Range(0, 40).Select(_ => throttle.Admit(subjects))];

        flood.Take(10).ShouldAllBe(a => a == InputAdmission.Accepted);
        flood.Count(a => a == InputAdmission.SlowDown).ShouldBeGreaterThan(20);
        throttle.Admit(new ClientInput(2, ClientInputKind.KeyDown, "KeyW")).ShouldBe(InputAdmission.Accepted);
        throttle.Admit(new ClientInput(3, ClientInputKind.ReleaseAll)).ShouldBe(InputAdmission.Accepted);
    }

    [Fact]
    public void Admit_AFloodOfMouseEvents_DropsWhatIsPastTheBurst()
    {
        using var throttle = new InputThrottle(new StudioOptions { MaxInputsPerSecond = 100 });

        InputAdmission[] flood = [.. Enumerable.Range(0, 1000).Select(i => throttle.Admit(new ClientInput((uint)i, ClientInputKind.Look, Dx: 1)))];

        flood.Take(200).ShouldAllBe(a => a == InputAdmission.Accepted);
        flood.Count(a => a == InputAdmission.Dropped).ShouldBeGreaterThan(500);
    }

    [Fact]
    public void StorageFull_RecognisesAFullDatabaseOrDisk_AndNothingElse()
    {
        StorageFull.Is(new SqliteException("database or disk is full", 13)).ShouldBeTrue();
        StorageFull.Is(new InvalidOperationException("wrapped", new IOException("No space left on device"))).ShouldBeTrue();
        StorageFull.Is(new SqliteException("database is locked", 5)).ShouldBeFalse();
        StorageFull.Is(new IOException("Permission denied")).ShouldBeFalse();
    }
}
