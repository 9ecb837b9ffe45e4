namespace GluteLab.Mechanics.Simulation;

/// <summary>How a muscle's neural capacity uᵢ enters the recruitment cost.</summary>
public enum EffortModel
{
    /// <summary>
    /// Cost Σ (aᵢ/uᵢ)ᵖ with 0 ≤ aᵢ ≤ uᵢ: effort relative to the available drive. Equals OpenSim's cost when every
    /// capacity is 1; an inhibited muscle is capped and costlier to recruit (MUSCULOSKELETAL.md §5, options 2 and 3).
    /// </summary>
    CapacityRelative,

    /// <summary>OpenSim's static-optimisation cost Σ aᵢᵖ, with capacity only as the activation's upper bound.</summary>
    Absolute,
}
