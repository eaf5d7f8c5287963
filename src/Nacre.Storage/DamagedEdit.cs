namespace Nacre.Storage;

/// <summary>An edit row that could not be read, kept aside in <c>damaged_edits</c> so nothing is lost.</summary>
/// <param name="Sequence">Its place in the world's log when it was set aside.</param>
/// <param name="Reason">Why it could not be read.</param>
public sealed record DamagedEdit(string WorldId, long Sequence, string? Kind, string Reason, DateTimeOffset SetAsideAt);
