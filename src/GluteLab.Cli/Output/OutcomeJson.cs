using System.Text.Json;
using GluteLab.Anatomy;
using GluteLab.Mechanics.Simulation;

namespace GluteLab.Cli.Output;

/// <summary>
/// The JSON form of an <see cref="ExerciseOutcome"/> printed by <c>glutelab recruit --json</c>. Its field names are a
/// contract other tools rely on: extend, never rename.
/// </summary>
public static class OutcomeJson
{
    /// <summary>Writes <paramref name="outcome"/> as one JSON object.</summary>
    public static void Write(TextWriter writer, ExerciseOutcome outcome)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(json, outcome);
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes <paramref name="outcome"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, ExerciseOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("exercise", outcome.Exercise.Id);
        json.WriteString("side", outcome.WorkingSide.ToId());
        json.WriteBoolean("converged", outcome.Converged);
        json.WriteNumber("frames", outcome.FrameCount);
        json.WriteNumber("maxMomentResidualNewtonMeters", outcome.MaxMomentResidualNewtonMeters);
        json.WriteString("strategy", outcome.Strategy.Name);
        json.WriteString("strategyFamily", outcome.Strategy.Family.ToString());
        json.WriteNumber("strategyParameter", outcome.Strategy.Parameter);
        json.WriteNumber("totalEffort", outcome.TotalEffort);
        json.WriteNumber("externalLoadKilograms", outcome.ExternalLoadKilograms);

        json.WriteStartObject("groups");
        foreach (var byGroup in outcome.Groups.GroupBy(g => g.Group))
        {
            json.WriteStartObject(byGroup.Key.ToId());
            foreach (var summary in byGroup)
            {
                json.WriteStartObject(summary.Side.ToId());
                WriteActivationAndForce(json, summary.MeanActivation, summary.PeakActivation, summary.MeanForceNewtons, summary.PeakForceNewtons);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartObject("muscles");
        foreach (var muscle in outcome.MuscleSummaries)
        {
            json.WriteStartObject(muscle.Name);
            json.WriteString("group", muscle.Group.ToId());
            json.WriteString("side", muscle.Side.ToId());
            WriteActivationAndForce(json, muscle.MeanActivation, muscle.PeakActivation, muscle.MeanForceNewtons, muscle.PeakForceNewtons);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        var share = outcome.HipExtensionShare;
        json.WriteStartObject("hipExtensionShare");
        json.WriteNumber("gluteus_maximus", share.GluteusMaximus);
        json.WriteNumber("hamstrings", share.Hamstrings);
        json.WriteNumber("adductor_magnus", share.AdductorMagnus);
        json.WriteNumber("other", share.Other);
        json.WriteEndObject();

        json.WriteNumber("peakLumbarCompressionNewtons", outcome.PeakLumbarCompressionNewtons);
        json.WriteNumber("peakHamstringForceNewtons", outcome.PeakHamstringForceNewtons);
        json.WriteNumber("peakContactShearNewtons", outcome.PeakContactShearNewtons);
        if (outcome.KneeToHipExtensionMomentRatio is { } ratio) json.WriteNumber("kneeToHipExtensionMomentRatio", ratio);
        else json.WriteNull("kneeToHipExtensionMomentRatio");

        var person = outcome.Person;
        json.WriteStartObject("person");
        json.WriteNumber("massKilograms", person.Anthropometry.MassKilograms);
        json.WriteNumber("heightMeters", person.Anthropometry.HeightMeters);
        json.WriteString("segmentTable", person.Anthropometry.Sex == BodyTableSex.Male ? "male" : "female");
        json.WriteNumber("pelvicTiltDegrees", person.Condition.PelvicTiltDegrees);
        json.WriteNumber("hipFlexorTightnessLeft", person.Condition.HipFlexorTightnessLeft);
        json.WriteNumber("hipFlexorTightnessRight", person.Condition.HipFlexorTightnessRight);
        WriteFactors(json, "capacity", person.Condition.NeuralCapacity.Changed());
        WriteFactors(json, "strength", person.Condition.Strength.Changed());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteActivationAndForce(Utf8JsonWriter json, double meanActivation, double peakActivation, double meanForce, double peakForce)
    {
        json.WriteNumber("meanActivation", meanActivation);
        json.WriteNumber("peakActivation", peakActivation);
        json.WriteNumber("meanForceNewtons", meanForce);
        json.WriteNumber("peakForceNewtons", peakForce);
    }

    private static void WriteFactors(Utf8JsonWriter json, string name, IEnumerable<(MuscleGroup Group, Side Side, double Value)> changed)
    {
        json.WriteStartObject(name);
        foreach (var (group, side, value) in changed) json.WriteNumber($"{group.ToId()}:{side.ToId()}", value);
        json.WriteEndObject();
    }
}
