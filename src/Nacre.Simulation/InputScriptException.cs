namespace Nacre.Simulation;

/// <summary>A line of an input script that cannot be read. The message names the line, what is wrong and what is expected.</summary>
public sealed class InputScriptException : FormatException
{
    public InputScriptException(int lineNumber, string problem)
        : base($"line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    public InputScriptException()
    {
    }

    public InputScriptException(string message)
        : base(message)
    {
    }

    public InputScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line number in the script.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the line number.</summary>
    public string Problem { get; } = "";
}
