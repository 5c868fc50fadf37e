using Microsoft.Extensions.DependencyInjection;
using Willing.Web.Jobs;

namespace Willing.Web.Tests.Pages;

/// <summary>One workbench shared by the tests that only read (with a fake simulation runner).</summary>
public sealed class PagesFixture : IAsyncLifetime
{
    public WorkbenchServer Server { get; private set; } = null!;

    public FakeSimulationJobs Jobs { get; } = new();

    public async Task InitializeAsync() =>
        Server = await WorkbenchServer.StartAsync(configureServices: s => s.AddSingleton<ISimulationJobs>(Jobs));

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
