namespace Nacre.Simulation.Directing;

/// <summary>
/// A command that parsed but cannot be carried out in this world now: an unknown or ambiguous subject (the message
/// lists what is there), a saved camera that does not exist. The message is one line for people.
/// </summary>
public sealed class DirectingException : Exception
{
    public DirectingException(string message)
        : base(message)
    {
    }

    public DirectingException()
    {
    }

    public DirectingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
