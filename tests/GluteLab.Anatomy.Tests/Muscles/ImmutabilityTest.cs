using System.Reflection;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Anatomy.Tests.Muscles;

/// <summary>The muscle model types are immutable: no public setters and no public mutable fields.</summary>
public class ImmutabilityTest
{
    public static readonly TheoryData<Type> ModelTypes = new()
    {
        typeof(Muscle), typeof(MuscleSet), typeof(MuscleGeometry), typeof(MomentArmCurve), typeof(NaturalCubicSpline),
    };

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void HasNoPublicSettersOrMutableFields(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic, $"{type.Name}.{property.Name} has a public setter");
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            Assert.True(field.IsLiteral || field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable public field");
        }
        foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is not readonly");
        }
    }
}
