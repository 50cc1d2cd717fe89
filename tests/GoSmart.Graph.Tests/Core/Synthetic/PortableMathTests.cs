using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Tests.Core.Synthetic;

public sealed class PortableMathTests
{
    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-9)]
    [InlineData(0.3)]
    [InlineData(0.70710678)]
    [InlineData(1)]
    [InlineData(1.41421357)]
    [InlineData(2)]
    [InlineData(12345.678)]
    [InlineData(1e300)]
    public void Log_agrees_with_the_platform_to_the_last_bits(double x) =>
        Assert.Equal(Math.Log(x), PortableMath.Log(x), Math.Max(1e-15, Math.Abs(Math.Log(x)) * 1e-14));

    [Theory]
    [InlineData(-700)]
    [InlineData(-3.5)]
    [InlineData(0)]
    [InlineData(0.34)]
    [InlineData(1)]
    [InlineData(20.25)]
    [InlineData(700)]
    public void Exp_agrees_with_the_platform_to_the_last_bits(double x) =>
        Assert.Equal(1, PortableMath.Exp(x) / Math.Exp(x), 1e-14);

    [Fact]
    public void Pow_gives_the_pareto_quantiles_the_generator_uses() =>
        Assert.Equal(Math.Pow(0.01, -1 / 1.5), PortableMath.Pow(0.01, -1 / 1.5), 1e-10);
}
