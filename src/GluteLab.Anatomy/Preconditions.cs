using System.Runtime.CompilerServices;

namespace GluteLab.Anatomy;

/// <summary>Argument checks shared by every layer. Each rejects NaN and names the argument and the value.</summary>
public static class Preconditions
{
    /// <summary>Throws unless <paramref name="value"/> is a number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the range.</exception>
    public static double CheckRange(string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} should be in range [{Format(min)}, {Format(max)}], was {Format(value)}.");
        }
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, zero or negative.</exception>
    public static double CheckPositive(string name, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} should be a finite number > 0, was {Format(value)}.");
        }
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite (not NaN, not infinite).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static double CheckFinite(string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} should be a finite number, was {Format(value)}.");
        }
        return value;
    }

    /// <summary>Throws if <paramref name="value"/> is null.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string name = "") where T : class =>
        value ?? throw new ArgumentNullException(name);

    private static string Format(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
