namespace Nacre.Studio.Api;

/// <summary>A request the API refuses; the message goes back to the caller as <c>{"error": …}</c> with <see cref="Status"/>.</summary>
public sealed class BadRequestException : Exception
{
    public BadRequestException(string message, int status = 400)
        : base(message)
    {
        Status = status;
    }

    public BadRequestException(string message, Exception inner)
        : base(message, inner)
    {
        Status = 400;
    }

    public BadRequestException()
    {
        Status = 400;
    }

    /// <summary>HTTP status, 4xx.</summary>
    public int Status { get; }
}
