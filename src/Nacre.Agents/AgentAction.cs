namespace Nacre.Agents;

/// <summary>One env's action for one step: a <see cref="DiscreteAction"/> or the five numbers of a continuous one.</summary>
public readonly record struct AgentAction
{
    private AgentAction(int discrete, float[]? continuous)
    {
        Discrete = discrete;
        Continuous = continuous;
    }

    /// <summary>The discrete action's index (valid when <see cref="Continuous"/> is null).</summary>
    public int Discrete { get; }

    /// <summary>Forward, strafe, turn, look, jump; null for a discrete action.</summary>
    public float[]? Continuous { get; }

    public static AgentAction Of(DiscreteAction action) => new((int)action, null);

    public static AgentAction Of(int discreteIndex) => new(discreteIndex, null);

    /// <summary>A continuous action; <paramref name="values"/> is copied.</summary>
    public static AgentAction Of(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(0, (float[])values.Clone());
    }

    public override string ToString() =>
        Continuous is null ? ((DiscreteAction)Discrete).ToString() : "[" + string.Join(", ", Continuous.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))) + "]";
}
