namespace Nacre.Language.Directing;

/// <summary>Simple actor behaviours. Walk and run go to a target; drive follows the road (past a target if given).</summary>
public enum BehaviourKind { WalkTo, RunTo, DriveAlong, Wander, Follow, FleeFrom, Stay }
