using BenchmarkDotNet.Running;
using Willing.Benchmarks;

// Run: dotnet run -c Release --project bench/Willing.Benchmarks -- --filter '*'
// The C comparison of the threshold cascade: bench/threshold-vs-c.sh (calls `export-cascade FILE`).
if (args is ["export-cascade", var path])
    return CascadeExport.Run(path);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
