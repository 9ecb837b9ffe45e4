using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Tests.Recruitment;

public class RecruitmentProblemTest
{
    private static readonly double[] A = [10, -20, 30, 0, 5, 5];
    private static readonly double[] B = [12, 3];
    private static readonly double[] U = [1, 0.5, 0];

    [Fact]
    public void ExposesRowMajorEntries()
    {
        var problem = new RecruitmentProblem(2, 3, A, B, U);
        Assert.Equal(30.0, problem.Moment(0, 2));
        Assert.Equal(5.0, problem.Moment(1, 1));
        Assert.Equal([0.0, 5, 5], problem.Row(1).ToArray());
        Assert.Equal(1.0, problem.Weight(2));
        Assert.Equal(2.0, problem.Exponent);
        Assert.Equal(0.25 + 1, problem.Cost([0.5, 1, 0]), 1e-15);
        Assert.Equal(Math.Max(Math.Abs(5 - 20 - 12.0), Math.Abs(5 - 3.0)), problem.MaxResidual([0.5, 1, 0]), 1e-12);
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "nan-moment", "momentMatrix[coordinate 1, muscle 2] should be a finite number (N·m per unit activation), was NaN." },
        { "infinite-b", "requiredMoments[0] should be a finite number (N·m), was Infinity." },
        { "negative-capacity", "capacities[1] should be in range [0, 1], was -0.1." },
        { "capacity-above-one", "capacities[0] should be in range [0, 1], was 1.5." },
        { "zero-weight", "weights[2] should be a finite number > 0, was 0." },
        { "exponent", "exponent should be a finite number ≥ 2, was 1.5." },
        { "short-b", "requiredMoments should have m = 2 entries, had 1." },
        { "no-coordinates", "coordinateCount should be in range [1, 64], was 0." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void RejectsBadInputNamingTheEntryAndValue(string which, string message)
    {
        var a = A.ToArray();
        var b = B.ToArray();
        var u = U.ToArray();
        double[] w = [1, 1, 1];
        var p = 2.0;
        var m = 2;
        switch (which)
        {
            case "nan-moment": a[5] = double.NaN; break;
            case "infinite-b": b[0] = double.PositiveInfinity; break;
            case "negative-capacity": u[1] = -0.1; break;
            case "capacity-above-one": u[0] = 1.5; break;
            case "zero-weight": w[2] = 0; break;
            case "exponent": p = 1.5; break;
            case "short-b": b = [1]; break;
            case "no-coordinates": m = 0; break;
        }
        var e = Assert.ThrowsAny<ArgumentException>(() => new RecruitmentProblem(m, 3, a, b, u, w, p));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void AcceptsAnyRealExponentFromTwo()
    {
        Assert.Equal(2.5, new RecruitmentProblem(2, 3, A, B, U, default, 2.5).Exponent);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecruitmentProblem(2, 3, A, B, U, default, double.NaN));
    }
}
