namespace Nacre.Storage;

/// <summary>The store cannot be used as asked (a newer schema, an unreadable file). The message is for people.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StoreException()
    {
    }
}
