using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace CleanPlatform.Benchmarks;

// Not top-level statements: those would declare a Program that hides the API's, which BenchmarkHost hosts.
internal static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        // BenchmarkDotNet builds a project of its own per job before it runs it; on a busy two-core machine that can
        // take longer than its default two minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(RateLimiterBenchmarks).Assembly).Run(args, config);
    }
}
