using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds a project of its own per job before it runs it; on a busy two-core machine that can take
// longer than its default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(CleanPlatform.Benchmarks.RateLimiterBenchmarks).Assembly).Run(args, config);
