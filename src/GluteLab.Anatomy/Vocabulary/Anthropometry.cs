namespace GluteLab.Anatomy;

/// <summary>Sex as used by de Leva's (1996) segment tables, which differ for men and women.</summary>
public enum BodyTableSex
{
    Male,
    Female,
}

/// <summary>
/// A person's size: body mass and stature, to which segment parameters (de Leva 1996) and muscle strengths are scaled.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct Anthropometry
{
    /// <summary>Smallest accepted body mass, kg.</summary>
    public const double MinMassKilograms = 20;
    /// <summary>Largest accepted body mass, kg.</summary>
    public const double MaxMassKilograms = 250;
    /// <summary>Smallest accepted stature, m.</summary>
    public const double MinHeightMeters = 1.0;
    /// <summary>Largest accepted stature, m.</summary>
    public const double MaxHeightMeters = 2.3;

    /// <summary>Creates a validated anthropometry.</summary>
    /// <param name="massKilograms">Body mass, kg, in [20, 250].</param>
    /// <param name="heightMeters">Stature, m, in [1.0, 2.3].</param>
    /// <param name="sex">Which de Leva table to use.</param>
    /// <exception cref="ArgumentOutOfRangeException">Mass or height is NaN or out of range.</exception>
    public Anthropometry(double massKilograms, double heightMeters, BodyTableSex sex = BodyTableSex.Male)
    {
        MassKilograms = Preconditions.CheckRange(nameof(massKilograms), massKilograms, MinMassKilograms, MaxMassKilograms);
        HeightMeters = Preconditions.CheckRange(nameof(heightMeters), heightMeters, MinHeightMeters, MaxHeightMeters);
        Sex = sex;
    }

    /// <summary>
    /// The default person: de Leva's (1996) male reference subject, 73.0 kg and 1.741 m (KINEMATICS.md §1).
    /// </summary>
    public static Anthropometry Default => new(73.0, 1.741);

    /// <summary>Body mass, kg.</summary>
    public double MassKilograms { get; }

    /// <summary>Stature, m.</summary>
    public double HeightMeters { get; }

    /// <summary>The de Leva table used for this person.</summary>
    public BodyTableSex Sex { get; }

    /// <summary>Body weight, N (g = 9.81 m/s²).</summary>
    public double WeightNewtons => MassKilograms * Gravity.StandardMetersPerSecondSquared;
}

/// <summary>Gravitational acceleration used throughout the model.</summary>
public static class Gravity
{
    /// <summary>9.81 m/s², the value used by the derivations in KINEMATICS.md §5.</summary>
    public const double StandardMetersPerSecondSquared = 9.81;
}
