namespace Nacre.Agents.Baselines;

/// <summary>How a policy did over a set of episodes.</summary>
/// <param name="Episodes">Episodes run.</param>
/// <param name="Successes">Episodes that ended in success.</param>
/// <param name="MeanSpl">Mean SPL (0 for failures).</param>
/// <param name="MeanSteps">Mean steps per episode.</param>
/// <param name="MeanReturn">Mean summed reward per episode.</param>
public sealed record EvaluationResult(int Episodes, int Successes, double MeanSpl, double MeanSteps, double MeanReturn)
{
    /// <summary>Successes over episodes, 0 … 1.</summary>
    public double SuccessRate => Episodes == 0 ? 0 : Successes / (double)Episodes;
}
