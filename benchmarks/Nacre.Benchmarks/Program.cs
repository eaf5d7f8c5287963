using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Nacre.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
