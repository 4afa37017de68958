using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CleanPlatform.Benchmarks.RateLimiterBenchmarks).Assembly).Run(args);
