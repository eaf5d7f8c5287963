using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>What a task may read of the frame it judges: the label buffer, when it asked for one.</summary>
/// <param name="Labels">Per-pixel labels, row-major, top row first; null when the task did not ask for them this step.</param>
/// <param name="Width">Frame width, pixels.</param>
/// <param name="Height">Frame height, pixels.</param>
public readonly record struct FrameView(SemanticLabel[]? Labels, int Width, int Height)
{
    /// <summary>Share of pixels showing <paramref name="label"/> (0 … 1), and their mean column as a fraction of the width.</summary>
    public (float Fraction, float CentreX) Coverage(SemanticLabel label)
    {
        if (Labels is null)
        {
            return (0f, 0.5f);
        }
        long count = 0, sumX = 0;
        for (int i = 0; i < Labels.Length; i++)
        {
            if (Labels[i] == label)
            {
                count++;
                sumX += i % Width;
            }
        }
        return count == 0 ? (0f, 0.5f) : (count / (float)Labels.Length, (sumX / (float)count + 0.5f) / Width);
    }
}
