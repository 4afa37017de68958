using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// How the PostgreSQL benchmarks run: each iteration is one long operation on a database a set-up prepared, so one
/// launch, one warm-up and ten measured iterations of a single invocation each, monitored rather than unrolled; with
/// the memory allocated and the minimum and median beside the mean.
/// </summary>
internal sealed class DatabaseBenchmarkConfig : ManualConfig
{
    public DatabaseBenchmarkConfig()
    {
        AddJob(new Job()
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
    }
}
