using Microsoft.AspNetCore.Http;

namespace Nacre.Studio.Api;

/// <summary>Every API error is JSON <c>{"error": "…"}</c>: one sentence saying what was wrong and what is expected.</summary>
public sealed record ApiError(string Error)
{
    public static IResult BadRequest(string message) => Results.Json(new ApiError(message), statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new ApiError(message), statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string message) => Results.Json(new ApiError(message), statusCode: StatusCodes.Status409Conflict);

    public static IResult TooLarge(string message) => Results.Json(new ApiError(message), statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult Busy(string message) => new BusyResult(message);

    /// <summary>503 with Retry-After, so scripts and the web client know to try again later.</summary>
    private sealed class BusyResult(string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "30";
            return Results.Json(new ApiError(message), statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
        }
    }
}
