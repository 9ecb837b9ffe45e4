using System.Collections.Immutable;
using System.Text;
using GluteLab.Cli.Export;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Cli.Tests.Export;

public class ProblemExportJsonTest
{
    private static ProblemExport Sample()
    {
        double[] a = [100, 80, 0, 0, -40, 120];
        double[] b = [60.123456789012345, -0.1];
        double[] u = [0.3, 1, 1];
        double[] w = [1, 2, 1];
        var problem = new RecruitmentProblem(2, 3, a, b, u, w, 3);
        var activations = new double[3];
        var solution = new StaticOptimizationSolver(2, 3).Solve(problem, activations);
        var frame = ExportedFrame.FromSolved(1.2, ["hip_flexion_r", "knee_angle_r"], ["glmax_r", "hamstrings_r", "vasti_r"], problem, activations, solution);
        var unsolved = new ExportedFrame(1.25, ["hip_flexion_r"], ["glmax_r"], [100.0], [1e-300], [0.0], [1.0], 2, null);
        return new ProblemExport([frame, unsolved], "unit test");
    }

    private static ProblemExport RoundTrip(ProblemExport export)
    {
        using var stream = new MemoryStream();
        ProblemExportJson.Write(export, stream);
        stream.Position = 0;
        return ProblemExportJson.Read(stream);
    }

    [Fact]
    public void RoundTripIsBitwiseExact()
    {
        var original = Sample();
        var back = RoundTrip(original);
        Assert.Equal("unit test", back.Source);
        Assert.Equal(2, back.Frames.Length);
        for (var f = 0; f < 2; f++)
        {
            var (x, y) = (original.Frames[f], back.Frames[f]);
            Assert.Equal(x.TimeSeconds, y.TimeSeconds);
            Assert.Equal(x.CoordinateNames.ToArray(), y.CoordinateNames.ToArray());
            Assert.Equal(x.MuscleNames.ToArray(), y.MuscleNames.ToArray());
            Assert.Equal(x.MomentMatrix.ToArray(), y.MomentMatrix.ToArray());
            Assert.Equal(x.RequiredMoments.ToArray(), y.RequiredMoments.ToArray());
            Assert.Equal(x.Capacities.ToArray(), y.Capacities.ToArray());
            Assert.Equal(x.Weights.ToArray(), y.Weights.ToArray());
            Assert.Equal(x.Exponent, y.Exponent);
            Assert.Equal(x.Solution?.Activations.ToArray(), y.Solution?.Activations.ToArray());
            Assert.Equal(x.Solution?.Status, y.Solution?.Status);
            Assert.Equal(x.Solution?.Cost, y.Solution?.Cost);
            Assert.Equal(x.Solution?.MaxResidualNewtonMetres, y.Solution?.MaxResidualNewtonMetres);
        }
        Assert.Null(back.Frames[1].Solution);
        Assert.Equal(SolverStatus.Converged, back.Frames[0].Solution!.Status);
    }

    [Fact]
    public void WritesTheDocumentedLayout()
    {
        using var stream = new MemoryStream();
        ProblemExportJson.Write(Sample(), stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("{\"format\":\"glutelab-recruitment-problems\",\"version\":1,", text);
        Assert.Contains("\"moment_matrix_nm\":[[100,80,0],[0,-40,120]]", text);
        Assert.Contains("\"lower_bounds\":[0,0,0]", text);
        Assert.Contains("\"status\":\"converged\"", text);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "not json", "not valid JSON" },
        { "{\"format\":\"other\",\"version\":1,\"frames\":[]}", "format: should be \"glutelab-recruitment-problems\"" },
        { "{\"format\":\"glutelab-recruitment-problems\",\"version\":2,\"frames\":[]}", "version: should be 1, was 2." },
        { Frame("\"upper_bounds\":[1.5]"), "frames[0]: capacities[0] should be in range [0, 1], was 1.5." },
        { Frame("\"lower_bounds\":[0.1]"), "frames[0].lower_bounds[0]: should be 0" },
        { Frame("\"required_moments_nm\":[\"x\"]"), "frames[0].required_moments_nm[0]: should be a finite number, was \"x\"." },
        { Frame("\"moment_matrix_nm\":[[1,2]]"), "frames[0].moment_matrix_nm[0]: should have 1 entries, had 2." },
        { Frame("\"solution\":{\"status\":\"done\",\"iterations\":1,\"max_residual_nm\":0,\"cost\":0,\"activations\":[0]}"), "frames[0].solution.status: should be one of" },
    };

    private static string Frame(string replacement)
    {
        var fields = new Dictionary<string, string>
        {
            ["time_s"] = "0", ["coordinates"] = "[\"hip_flexion_r\"]", ["muscles"] = "[\"glmax_r\"]",
            ["moment_matrix_nm"] = "[[100]]", ["required_moments_nm"] = "[10]", ["lower_bounds"] = "[0]",
            ["upper_bounds"] = "[1]", ["weights"] = "[1]", ["exponent"] = "2",
        };
        var name = replacement[1..replacement.IndexOf('"', 1)];
        fields[name] = replacement[(replacement.IndexOf(':') + 1)..];
        return "{\"format\":\"glutelab-recruitment-problems\",\"version\":1,\"frames\":[{" +
            string.Join(",", fields.Select(p => $"\"{p.Key}\":{p.Value}")) + "}]}";
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void RejectsBadFilesNamingTheField(string content, string message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var e = Assert.Throws<InvalidDataException>(() => ProblemExportJson.Read(stream));
        Assert.Contains(message, e.Message);
    }
}
