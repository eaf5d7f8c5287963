using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// A requested object the generator could not place where it can stand (generator v2): "a boat" in a world with no
/// water, or some of "five piers" on a short shore. Nothing absurd is placed instead; tools report these to people.
/// </summary>
/// <param name="Label">What was asked for.</param>
/// <param name="Missing">How many of the requested count are missing, ≥ 1.</param>
/// <param name="Reason">Why, in words ("no water deep enough to float on near the site").</param>
public sealed record UnplacedRequest(SemanticLabel Label, int Missing, string Reason);
