namespace Nacre.Language.Directing;

/// <summary>Spelling suggestions: the closest word or phrase of a vocabulary by edit distance (with transpositions).</summary>
public static class DidYouMean
{
    /// <summary>
    /// The closest candidate to <paramref name="word"/> when it is close enough to be a slip of the keyboard: at most
    /// 1 edit for words of up to 4 letters, 2 up to 8, 3 beyond. Ties go to the earlier candidate. Null when none is close.
    /// </summary>
    public static string? Find(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        int limit = word.Length <= 4 ? 1 : word.Length <= 8 ? 2 : 3;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string c in candidates)
        {
            if (Math.Abs(c.Length - word.Length) > limit)
            {
                continue;
            }
            int d = Distance(word, c);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit && bestDistance > 0 ? best : null;
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions each cost 1.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int n = a.Length, m = b.Length;
        int[,] d = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }
                d[i, j] = v;
            }
        }
        return d[n, m];
    }
}
