using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Willing.Web.Jobs;

namespace Willing.Web.Tests.Pages;

public sealed class SignInAndSimulateTests
{
    [Fact]
    public async Task The_sign_in_form_has_its_labelled_fields_and_a_wrong_token_sets_nothing()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var form = await session.GetAsync("/signin?returnUrl=%2Fcode");
        Assert.Equal("password", form.One("input[name=token]")!.GetAttribute("type"));
        Assert.Equal("Write token", form.Text("label[for=f-token]"));
        Assert.Equal("Your name", form.Text("label[for=f-author]"));
        Assert.NotNull(form.One("form input[name=__RequestVerificationToken]"));
        Assert.Contains(form.All("button"), b => b.TextContent.Trim() == "Sign in");

        var wrong = await session.SubmitAsync(form, "form:has(input[name=token])", [new("token", "not-the-token-at-all"), new("author", "Mallory")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Contains("not the workbench's write token", wrong.ErrorOf("token"), StringComparison.Ordinal);
        Assert.False(session.HasAuthCookie);

        var noName = await session.SubmitAsync(form, "form:has(input[name=token])", [new("token", WorkbenchServer.Token), new("author", " ")]);
        Assert.NotNull(noName.ErrorOf("author"));
        Assert.False(session.HasAuthCookie);
    }

    [Fact]
    public async Task Signing_in_sets_the_cookie_returns_to_a_local_page_only_and_signing_out_clears_it()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var signedIn = await session.SignInAsync("J. Smith", returnUrl: "/cases?model=two");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/cases?model=two", signedIn.Location);
        Assert.True(session.HasAuthCookie);
        var home = await session.GetAsync("/");
        Assert.Contains("J. Smith", home.Text("#signed-in"), StringComparison.Ordinal);

        using var other = new PageSession(server);
        var elsewhere = await other.SignInAsync("J. Smith", returnUrl: "//evil.example/");
        Assert.Equal("/", elsewhere.Location);

        var signedOut = await session.SubmitAsync(home, "form.signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.False(session.HasAuthCookie);
        Assert.Null((await session.GetAsync("/")).One("#signed-in"));
    }

    [Fact]
    public async Task The_simulate_form_starts_a_job_and_its_page_shows_progress_cancel_and_the_fan()
    {
        var jobs = new FakeSimulationJobs();
        await using var server = await WorkbenchServer.StartAsync(configureServices: s => s.AddSingleton<ISimulationJobs>(jobs));
        using var session = new PageSession(server);
        var form = await session.GetAsync("/simulate");
        Assert.Equal("Scenario", form.Text("label[for=f-scenario]"));
        Assert.Equal(2, form.All("select[name=scenario] option").Length);
        Assert.NotNull(form.One("input[name=replicates]"));
        Assert.NotNull(form.One("input[name=seed]"));
        Assert.Equal("0.4", form.One("input[name='p.pull']")!.GetAttribute("value"));
        Assert.Equal("1", form.One("input[name='p.pull']")!.GetAttribute("max"));
        Assert.NotNull(form.One("label[for=f-p-h0]"));

        // Not signed in: nothing starts.
        var refused = await session.SubmitAsync(form, "form:has(select[name=scenario])", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Empty(jobs.Started);

        await session.SignInAsync();
        form = await session.GetAsync("/simulate");
        var bad = await session.SubmitAsync(form, "form:has(select[name=scenario])", [new("replicates", "0"), new("p.pull", "5"), new("seed", "x")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.NotNull(bad.ErrorOf("seed"));
        bad = await session.SubmitAsync(form, "form:has(select[name=scenario])", [new("replicates", "0"), new("p.pull", "5")]);
        Assert.Contains("replicates", bad.ErrorOf("replicates"), StringComparison.Ordinal);
        Assert.Contains("pull", bad.ErrorOf("p.pull"), StringComparison.Ordinal);
        Assert.Empty(jobs.Started);

        // Another scenario chosen without its parameters shown: its parameters are shown first.
        var switched = await session.SubmitAsync(form, "form:has(select[name=scenario])", [new("scenario", "landmines-ottawa")]);
        Assert.Equal(HttpStatusCode.OK, switched.Status);
        Assert.NotNull(switched.One("input[name='p.threshold']"));
        Assert.Empty(jobs.Started);

        var started = await session.SubmitAsync(form, "form:has(select[name=scenario])", [new("replicates", "50"), new("seed", "7"), new("p.pull", "0.5")]);
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        Assert.Equal("/simulations/job-1", started.Location);
        var request = Assert.Single(jobs.Started);
        Assert.Equal(("iraq-2003", 50, 7L, 0.5), (request.Scenario, request.Replicates, request.Seed, request.Parameters["pull"]));

        var running = await session.GetAsync("/simulations/job-1");
        Assert.Equal("3", running.One("progress")!.GetAttribute("value"));
        Assert.Equal("50", running.One("progress")!.GetAttribute("max"));
        Assert.Equal("every 1s", running.One("#job-status")!.GetAttribute("hx-trigger"));
        Assert.Contains("http-equiv=\"refresh\"", running.Html, StringComparison.Ordinal);
        var cancelled = await session.SubmitAsync(running, "#job-status form", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        var stopped = await session.GetAsync("/simulations/job-1");
        Assert.Equal("cancelled", stopped.One("#job-status")!.GetAttribute("data-state"));
        Assert.Null(stopped.One("#job-status form"));
        Assert.Null(stopped.One("#job-status")!.GetAttribute("hx-trigger"));

        var second = await session.SubmitAsync(await session.GetAsync("/simulate"), "form:has(select[name=scenario])", []);
        string id = second.Location!["/simulations/".Length..];
        jobs.Complete(id);
        var done = await session.GetAsync(second.Location);
        Assert.NotNull(done.One("figure.chart svg"));
        Assert.DoesNotContain("<?xml", done.Html, StringComparison.Ordinal);
        Assert.True(done.All("#fan-table tbody tr").Length >= 3);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done.Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/simulations/no-such-job")).Status);
    }

    [Fact]
    public async Task Without_a_simulation_runner_the_page_says_so()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var page = await session.GetAsync("/simulate");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.All("h1"));
    }
}
