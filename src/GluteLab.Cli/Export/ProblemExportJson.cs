using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Cli.Export;

/// <summary>
/// Reads and writes <see cref="ProblemExport"/> as JSON (format "glutelab-recruitment-problems", version 1; see
/// docs/problem-format.md). Doubles are written in shortest round-trip form, so a file read back gives bitwise the
/// same problems.
/// </summary>
public static class ProblemExportJson
{
    /// <summary>The value of the top-level "format" field.</summary>
    public const string FormatName = "glutelab-recruitment-problems";

    /// <summary>The format version written and accepted.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="export"/> to <paramref name="stream"/> as UTF-8 JSON. The stream is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ProblemExport export, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        if (export.Source is not null) json.WriteString("source", export.Source);
        json.WriteStartArray("frames");
        foreach (var frame in export.Frames)
        {
            var n = frame.MuscleNames.Length;
            json.WriteStartObject();
            json.WriteNumber("time_s", frame.TimeSeconds);
            WriteStrings(json, "coordinates", frame.CoordinateNames);
            WriteStrings(json, "muscles", frame.MuscleNames);
            json.WriteStartArray("moment_matrix_nm");
            for (var k = 0; k < frame.CoordinateNames.Length; k++) WriteNumbers(json, null, frame.MomentMatrix.AsSpan(k * n, n));
            json.WriteEndArray();
            WriteNumbers(json, "required_moments_nm", frame.RequiredMoments.AsSpan());
            json.WriteStartArray("lower_bounds");
            for (var i = 0; i < n; i++) json.WriteNumberValue(0);
            json.WriteEndArray();
            WriteNumbers(json, "upper_bounds", frame.Capacities.AsSpan());
            WriteNumbers(json, "weights", frame.Weights.AsSpan());
            json.WriteNumber("exponent", frame.Exponent);
            if (frame.Solution is { } solution)
            {
                json.WriteStartObject("solution");
                json.WriteString("status", StatusName(solution.Status));
                json.WriteNumber("iterations", solution.Iterations);
                json.WriteNumber("max_residual_nm", solution.MaxResidualNewtonMetres);
                json.WriteNumber("cost", solution.Cost);
                WriteNumbers(json, "activations", solution.Activations.AsSpan());
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a problem export from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The content is not valid JSON or not a valid export; the message names
    /// the field (e.g. <c>frames[3].upper_bounds[5]</c>) and what is wrong.</exception>
    public static ProblemExport Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad("$", "should be a JSON object");
            var format = Get(root, "format", "$");
            if (format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                throw Bad("format", $"should be \"{FormatName}\", was {format.GetRawText()}");
            }
            var version = Get(root, "version", "$");
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != FormatVersion)
            {
                throw Bad("version", $"should be {FormatVersion}, was {version.GetRawText()}");
            }
            string? source = null;
            if (root.TryGetProperty("source", out var sourceElement))
            {
                source = sourceElement.ValueKind == JsonValueKind.String ? sourceElement.GetString() : throw Bad("source", "should be a string");
            }
            var framesElement = Get(root, "frames", "$");
            if (framesElement.ValueKind != JsonValueKind.Array) throw Bad("frames", "should be an array");
            var frames = ImmutableArray.CreateBuilder<ExportedFrame>();
            var index = 0;
            foreach (var element in framesElement.EnumerateArray())
            {
                frames.Add(ReadFrame(element, $"frames[{index}]"));
                index++;
            }
            return new ProblemExport(frames.ToImmutable(), source);
        }
    }

    private static ExportedFrame ReadFrame(JsonElement frame, string path)
    {
        if (frame.ValueKind != JsonValueKind.Object) throw Bad(path, "should be an object");
        var time = Number(Get(frame, "time_s", path), $"{path}.time_s");
        var coordinates = Strings(Get(frame, "coordinates", path), $"{path}.coordinates");
        var muscles = Strings(Get(frame, "muscles", path), $"{path}.muscles");
        var (m, n) = (coordinates.Length, muscles.Length);
        if (m == 0) throw Bad($"{path}.coordinates", "should not be empty");
        if (n == 0) throw Bad($"{path}.muscles", "should not be empty");

        var rows = Get(frame, "moment_matrix_nm", path);
        if (rows.ValueKind != JsonValueKind.Array || rows.GetArrayLength() != m)
        {
            throw Bad($"{path}.moment_matrix_nm", $"should be an array of m = {m} rows (one per coordinate)");
        }
        var matrix = ImmutableArray.CreateBuilder<double>(m * n);
        var k = 0;
        foreach (var row in rows.EnumerateArray())
        {
            matrix.AddRange(Numbers(row, $"{path}.moment_matrix_nm[{k}]", n));
            k++;
        }
        var b = Numbers(Get(frame, "required_moments_nm", path), $"{path}.required_moments_nm", m);
        var lower = Numbers(Get(frame, "lower_bounds", path), $"{path}.lower_bounds", n);
        for (var i = 0; i < n; i++)
        {
            if (lower[i] != 0) throw Bad($"{path}.lower_bounds[{i}]", $"should be 0 (only zero lower bounds are supported), was {Format(lower[i])}");
        }
        var upper = Numbers(Get(frame, "upper_bounds", path), $"{path}.upper_bounds", n);
        var weights = Numbers(Get(frame, "weights", path), $"{path}.weights", n);
        var exponent = Number(Get(frame, "exponent", path), $"{path}.exponent");
        ExportedSolution? solution = null;
        if (frame.TryGetProperty("solution", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            var sp = $"{path}.solution";
            if (s.ValueKind != JsonValueKind.Object) throw Bad(sp, "should be an object");
            var statusElement = Get(s, "status", sp);
            var status = statusElement.ValueKind == JsonValueKind.String ? ParseStatus(statusElement.GetString()!, $"{sp}.status") : throw Bad($"{sp}.status", "should be a string");
            var iterationsElement = Get(s, "iterations", sp);
            if (iterationsElement.ValueKind != JsonValueKind.Number || !iterationsElement.TryGetInt32(out var iterations) || iterations < 0)
            {
                throw Bad($"{sp}.iterations", $"should be an integer ≥ 0, was {iterationsElement.GetRawText()}");
            }
            solution = new ExportedSolution(
                Numbers(Get(s, "activations", sp), $"{sp}.activations", n),
                status,
                iterations,
                Number(Get(s, "max_residual_nm", sp), $"{sp}.max_residual_nm"),
                Number(Get(s, "cost", sp), $"{sp}.cost"));
        }
        try
        {
            return new ExportedFrame(time, coordinates, muscles, matrix.MoveToImmutable(), b, upper, weights, exponent, solution);
        }
        catch (ArgumentException e)
        {
            // Keep the first line of the validation message (it names the entry and the value), not the parameter suffix.
            var message = e.Message.Split('\n')[0].TrimEnd('\r', ' ');
            if (e.ParamName is not null) message = message.Replace($" (Parameter '{e.ParamName}')", "");
            throw Bad(path, message.TrimEnd('.'));
        }
    }

    /// <summary>The name of a status in the file: converged, infeasible, iteration_limit, stalled.</summary>
    public static string StatusName(SolverStatus status) => status switch
    {
        SolverStatus.Converged => "converged",
        SolverStatus.Infeasible => "infeasible",
        SolverStatus.IterationLimit => "iteration_limit",
        SolverStatus.Stalled => "stalled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    private static SolverStatus ParseStatus(string name, string path) => name switch
    {
        "converged" => SolverStatus.Converged,
        "infeasible" => SolverStatus.Infeasible,
        "iteration_limit" => SolverStatus.IterationLimit,
        "stalled" => SolverStatus.Stalled,
        _ => throw Bad(path, $"should be one of converged, infeasible, iteration_limit, stalled; was \"{name}\""),
    };

    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string? name, ReadOnlySpan<double> values)
    {
        if (name is null) json.WriteStartArray(); else json.WriteStartArray(name);
        foreach (var value in values) json.WriteNumberValue(value);
        json.WriteEndArray();
    }

    private static JsonElement Get(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? value : throw Bad(path == "$" ? name : $"{path}.{name}", "is missing");

    private static double Number(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Bad(path, $"should be a finite number, was {element.GetRawText()}");
        }
        return value;
    }

    private static ImmutableArray<double> Numbers(JsonElement element, string path, int expectedLength)
    {
        if (element.ValueKind != JsonValueKind.Array) throw Bad(path, "should be an array of numbers");
        if (element.GetArrayLength() != expectedLength) throw Bad(path, $"should have {expectedLength} entries, had {element.GetArrayLength()}");
        var builder = ImmutableArray.CreateBuilder<double>(expectedLength);
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            builder.Add(Number(item, $"{path}[{i}]"));
            i++;
        }
        return builder.MoveToImmutable();
    }

    private static ImmutableArray<string> Strings(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array) throw Bad(path, "should be an array of strings");
        var builder = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            builder.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Bad($"{path}[{i}]", "should be a string"));
            i++;
        }
        return builder.ToImmutable();
    }

    private static InvalidDataException Bad(string path, string what) => new($"{path}: {what}.");

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
