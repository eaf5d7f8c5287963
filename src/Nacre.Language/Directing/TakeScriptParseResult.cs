using System.Diagnostics.CodeAnalysis;

namespace Nacre.Language.Directing;

/// <summary>A parsed take script, or every line that was wrong (in line order).</summary>
public sealed record TakeScriptParseResult(TakeScript? Script, IReadOnlyList<TakeScriptError> Errors)
{
    [MemberNotNullWhen(true, nameof(Script))]
    public bool IsSuccess => Script is not null && Errors.Count == 0;
}
