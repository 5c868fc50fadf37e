using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Willing.Core.Reading;
using Willing.Storage;
using Willing.Typology.Classification;
using Willing.Web.Security;

namespace Willing.Web.Api;

/// <summary>The endpoints of the stored cases: reads from the current snapshot, writes through the store.</summary>
internal static partial class CaseEndpoints
{
    /// <summary>The header that names the sources an edit cites: source ids separated by commas.</summary>
    public const string SourcesHeader = "X-Willing-Sources";

    /// <summary>The most files one import takes.</summary>
    public const int MaxImportFiles = 1_000;

    private const string Tag = "cases";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/cases", ListAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("ListCases").WithTags(Tag)
            .WithSummary("Lists the stored cases with their placement in the typology")
            .WithDescription("Every stored case: its name, period, issue area, model, cell, axis memberships, members, leaders and revision. "
                + "Optional filters: model (one, two, hybrid, undetermined), cell (a five-digit cell code such as 11110, or a four-digit corner such as 1111), "
                + "q (a word in the id or the name, any case).")
            .Produces<CaseListItem[]>()
            .ProducesProblems(StatusCodes.Status400BadRequest);

        api.MapGet("/cases/{id}", GetAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetCase").WithTags(Tag)
            .WithSummary("Gives one case in full, with its revision")
            .WithDescription("The coalition as its case file records it, every fact with its sources; the ETag is \"rev-N\". "
                + "A read-only view: to edit a case, export its case file, change it and PUT it back.")
            .Produces<CaseDocument>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError);

        api.MapGet("/cases/{id}/classification", ClassificationAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetClassification").WithTags(Tag)
            .WithSummary("Gives where a case stands on Cooper's axes and why")
            .WithDescription("The model and cell; each axis with its membership, bounds, coverage, rule, dimensions and indicators (raw values, "
                + "calibration, the facts behind them and their sources); the distances to the two ideal types; and the trajectory over the case's periods.")
            .Produces<ClassificationInfo>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError);

        api.MapGet("/cases/{id}/timeline", TimelineAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetTimeline").WithTags(Tag)
            .WithSummary("Gives a case's entries, exits and triggering events over time")
            .WithDescription("Every member's span (joined, left, why, what set the exit off), the exits in order, the events bearing on exits, "
                + "every dated event, and the month-by-month count of members and troops. Months count from the month the case starts.")
            .Produces<TimelineInfo>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError);

        api.MapGet("/cases/{id}/network", NetworkAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetNetwork").WithTags(Tag)
            .WithSummary("Gives a case's coordination network with each actor's measures")
            .WithDescription("Members and prospects linked by their sourced ties and shared events and bodies; each node with its degree, strength, "
                + "betweenness, closeness, eigenvector, PageRank, coreness and constraint; each edge with its weight and what it rests on.")
            .Produces<NetworkInfo>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError);

        api.MapGet("/cases/{id}/survival", SurvivalAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetSurvival").WithTags(Tag)
            .WithSummary("Gives the Kaplan–Meier retention of a case's partners")
            .WithDescription("The share of partners still in the coalition by month since it began, with 95 % confidence limits. A case whose "
                + "partners never left gets a flat curve and a reason; a case with no partner to follow, an empty curve and a reason.")
            .Produces<SurvivalInfo>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError);

        api.MapGet("/cases/{id}/history", HistoryAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("GetHistory").WithTags(Tag)
            .WithSummary("Lists a case's revisions: who, when, what changed and the sources cited")
            .Produces<RevisionInfo[]>()
            .ProducesProblems(StatusCodes.Status404NotFound);

        api.MapGet("/cases/{id}/export", ExportAsync).CacheOutput(Workbench.SnapshotCachePolicy)
            .WithName("ExportCase").WithTags(Tag)
            .WithSummary("Gives a case's case file (YAML), current or at a revision")
            .WithDescription("The stored text, which willing cases validate accepts; as an attachment named ID.yaml, with the ETag \"rev-N\". "
                + "revision=N gives an earlier revision.")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapPost("/cases", CreateAsync)
            .WithName("CreateCase").WithTags(Tag)
            .WithSummary("Stores a new case from its case file (YAML or JSON)")
            .WithDescription("The body is a case file, as YAML (application/yaml) or as JSON with the same fields (application/json). "
                + "It is read and checked as willing cases validate checks it, then stored as revision 1 citing every source it declares. "
                + "Every error comes back at once, each with its file, line, column and field path; an error anywhere stores nothing.")
            .WithRequestBody("A case file: YAML, or JSON with the same fields.", RequestBody.CaseMediaTypes)
            .WithParameters((WorkbenchAuth.AuthorHeader, "Who adds the case, recorded on its first revision (default: api)."))
            .Produces<RevisionInfo>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(WorkbenchAuth.ApiWritePolicy);

        api.MapPost("/cases/import", ImportAsync)
            .WithName("ImportCases").WithTags(Tag)
            .WithSummary("Stores several new cases at once, all or nothing")
            .WithDescription("The body is multipart/form-data with one part per case file (curl -F file=@a.yaml -F file=@b.yaml). Each is read and "
                + "checked, then checked across the store (ids unique and not yet stored, antecedents stored or imported together); "
                + "any error in any file stores nothing, and every error comes back.")
            .WithMultipartBody("One part per case file; each part's file name is the name its errors are reported under.")
            .Produces<ImportInfo>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity)
            .WithParameters((WorkbenchAuth.AuthorHeader, "Who imports the cases, recorded on their first revisions (default: api)."))
            .RequireAuthorization(WorkbenchAuth.ApiWritePolicy)
            .DisableAntiforgery();

        api.MapPut("/cases/{id}", UpdateAsync)
            .WithName("UpdateCase").WithTags(Tag)
            .WithSummary("Stores an edit of a case as a new revision")
            .WithDescription("The body is the whole new case file (YAML or JSON). If-Match: \"rev-N\" names the revision the edit was made from and is "
                + "required; when the case has moved on since, the answer is 409 with the current revision, and nothing is stored. "
                + "X-Willing-Sources names the sources the edit cites (ids the new text declares, separated by commas); "
                + "X-Willing-Author names who makes it.")
            .WithRequestBody("The whole new case file: YAML, or JSON with the same fields.", RequestBody.CaseMediaTypes)
            .WithParameters(
                ("If-Match", "The revision the edit was made from, as its ETag: \"rev-N\" (from GET /api/cases/{id} or its export). Required."),
                (SourcesHeader, "The sources the edit cites: ids of sources the new text declares, separated by commas."),
                (WorkbenchAuth.AuthorHeader, "Who makes the edit, recorded on the revision (default: api)."))
            .Produces<RevisionInfo>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(WorkbenchAuth.ApiWritePolicy);
    }

    /// <summary>The ETag of a revision: <c>"rev-N"</c>.</summary>
    public static string ETag(int revision) => $"\"rev-{revision.ToString(CultureInfo.InvariantCulture)}\"";

    // The parameters' documentation goes into the OpenAPI document (the summary is the endpoint's).
    /// <param name="model">Only the cases of this model: one, two, hybrid or undetermined.</param>
    /// <param name="cell">Only the cases in this cell (five digits over H, C, S, T, R, e.g. 11110) or four-axis corner (four digits, e.g. 1111).</param>
    /// <param name="q">Only the cases whose id or name contains this word (any case).</param>
    /// <param name="context">The request.</param>
    /// <param name="data">The workbench's data.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    internal static async Task<IResult> ListAsync(string? model, string? cell, string? q, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var errors = new List<ApiError>();
        ModelKind? wanted = null;
        if (model is not null)
        {
            var m = Enum.GetValues<ModelKind>().Where(k => string.Equals(k.ToString(), model.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (m.Count == 1)
                wanted = m[0];
            else
                errors.Add(ApiError.Query("model", $"model is one, two, hybrid or undetermined, not '{Echo.Quote(model)}'"));
        }

        if (cell is not null && !CellPattern().IsMatch(cell))
            errors.Add(ApiError.Query("cell", $"cell is a five-digit cell code over H, C, S, T, R (such as 11110) or a four-digit corner (such as 1111), not '{Echo.Quote(cell)}'"));
        if (errors.Count > 0)
            return Problems.Result(ProblemTypes.InvalidRequest, "The query has errors.", errors, context);

        var snapshot = await data.CurrentAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<CaseListItem> list = CaseViews.List(snapshot);
        if (wanted is { } w)
            list = list.Where(c => c.Model == w);
        if (cell is not null)
            list = list.Where(c => c.Cell is { } code && (cell.Length == 5 ? code == cell : code.StartsWith(cell, StringComparison.Ordinal)));
        if (!string.IsNullOrWhiteSpace(q))
        {
            string word = q.Trim();
            list = list.Where(c => c.Id.Contains(word, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(word, StringComparison.OrdinalIgnoreCase));
        }

        return TypedResults.Ok(list.ToArray());
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var (snapshot, found, problem) = await FindAsync(id, context, data, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
            return problem;
        var summary = snapshot.Cases[id];
        if (NotModified(context, summary.Revision))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        context.Response.Headers.ETag = ETag(summary.Revision);
        var coalition = found!.Value.Coalition;
        return TypedResults.Ok(new CaseDocument(id, coalition.Name, summary.Revision, summary.UpdatedAt, summary.UpdatedBy, CaseViews.CoalitionJson(snapshot, coalition)));
    }

    private static async Task<IResult> ClassificationAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var (snapshot, found, problem) = await FindAsync(id, context, data, cancellationToken).ConfigureAwait(false);
        return problem ?? TypedResults.Ok(CaseViews.Classification(snapshot, found!.Value.Coalition, found.Value.Classification));
    }

    private static async Task<IResult> TimelineAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var (snapshot, found, problem) = await FindAsync(id, context, data, cancellationToken).ConfigureAwait(false);
        return problem ?? TypedResults.Ok(CaseViews.Timeline(snapshot, found!.Value.Coalition));
    }

    private static async Task<IResult> NetworkAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var (snapshot, found, problem) = await FindAsync(id, context, data, cancellationToken).ConfigureAwait(false);
        return problem ?? TypedResults.Ok(CaseViews.Network(snapshot, found!.Value.Coalition));
    }

    private static async Task<IResult> SurvivalAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var (snapshot, found, problem) = await FindAsync(id, context, data, cancellationToken).ConfigureAwait(false);
        return problem ?? TypedResults.Ok(CaseViews.Survival(snapshot, found!.Value.Coalition));
    }

    private static async Task<IResult> HistoryAsync(string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var history = await data.Store.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
        return history.Count == 0 ? Problems.NoCase(id, context) : TypedResults.Ok(history.Select(RevisionInfo.Of).ToArray());
    }

    // The parameters' documentation goes into the OpenAPI document (the summary is the endpoint's).
    /// <param name="id">The case id.</param>
    /// <param name="revision">The revision to give (a whole number from 1; GET .../history lists them); the current one when absent.</param>
    /// <param name="context">The request.</param>
    /// <param name="data">The workbench's data.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    internal static async Task<IResult> ExportAsync(string id, string? revision, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        int? asked = null;
        if (revision is not null)
        {
            if (!int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out int r) || r < 1)
                return Problems.Result(ProblemTypes.InvalidRequest, "The query has errors.", [ApiError.Query("revision", $"revision is a whole number from 1, not '{Echo.Quote(revision)}'")], context);
            asked = r;
        }

        var snapshot = await data.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!snapshot.Cases.TryGetValue(id, out var summary))
            return Problems.NoCase(id, context);
        // The current revision as of the snapshot, so that the text and its ETag go together.
        int wanted = asked ?? summary.Revision;
        if (NotModified(context, wanted))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        string? text = await data.Store.ExportAsync(id, wanted, cancellationToken).ConfigureAwait(false);
        if (text is null)
            return Problems.Result(ProblemTypes.NotFound, $"{id} has no revision {wanted}; GET /api/cases/{id}/history lists its revisions.", context: context);
        context.Response.Headers.ETag = ETag(wanted);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(id + ".yaml");
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Text(text, "application/yaml; charset=utf-8");
    }

    private static async Task<IResult> CreateAsync(HttpContext context, WorkbenchData data, WorkbenchOptions options, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(context, RequestBody.CaseMediaTypes, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null)
            return body.Problem;
        string file = body.MediaType == "application/json" ? "request.json" : "request.yaml";
        var (text, error) = InputText.Decode(file, body.Bytes, InputLimits.Default);
        if (text is null)
            return Problems.InvalidCase([error!], context);
        var read = CaseFileReader.Read(file, text.Text);
        if (!read.Succeeded)
            return Problems.InvalidCase(read.Errors, context);
        string id = read.Coalition!.Id.Value;
        if (await StoredAsync(data.Store, id, cancellationToken).ConfigureAwait(false))
            return Exists(context, file, read, id);

        var result = await data.Store.ImportAsync([new CaseFileText(file, text.Text)], WorkbenchAuth.Author(context), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // Another writer may have stored the id since the check.
            return await StoredAsync(data.Store, id, cancellationToken).ConfigureAwait(false)
                ? Exists(context, file, read, id)
                : Problems.InvalidCase([.. result.Errors], context);
        }

        data.Invalidate();
        var revision = result.Imported[0];
        context.Response.Headers.ETag = ETag(revision.Revision);
        return TypedResults.Created("/api/cases/" + Uri.EscapeDataString(id), RevisionInfo.Of(revision));
    }

    private static async Task<IResult> ImportAsync(HttpContext context, WorkbenchData data, WorkbenchOptions options, CancellationToken cancellationToken)
    {
        var (_, typeProblem) = RequestBody.CheckType(context, ["multipart/form-data"]);
        if (typeProblem is not null)
            return typeProblem;
        if (context.Request.ContentLength > options.MaxRequestBytes)
            return RequestBody.TooLarge(context, options.MaxRequestBytes, context.Request.ContentLength);
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RequestBody.TooLarge(context, options.MaxRequestBytes, null);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return RequestBody.TooLarge(context, options.MaxRequestBytes, null);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Problems.Result(ProblemTypes.InvalidRequest, $"The body is not readable multipart/form-data: {Echo.Quote(e.Message, 200)}", context: context);
        }

        if (form.Files.Count == 0)
            return Problems.Result(ProblemTypes.InvalidRequest, "The form holds no file: send one part per case file (curl -F file=@kosovo-1999.yaml).", context: context);
        if (form.Files.Count > MaxImportFiles)
            return Problems.Result(ProblemTypes.TooLarge, $"The form holds {form.Files.Count} files; an import takes at most {MaxImportFiles}.", context: context);

        var files = new List<CaseFileText>();
        var errors = new List<InputError>();
        for (int i = 0; i < form.Files.Count; i++)
        {
            var part = form.Files[i];
            string name = Path.GetFileName(part.FileName ?? string.Empty);
            if (string.IsNullOrWhiteSpace(name))
                name = $"file-{i + 1}";
            using var copy = new MemoryStream();
            await using (var stream = part.OpenReadStream())
                await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            var (text, error) = InputText.Decode(name, copy.GetBuffer().AsSpan(0, (int)copy.Length), InputLimits.Default);
            if (text is null)
                errors.Add(error!);
            else
                files.Add(new CaseFileText(name, text.Text));
        }

        if (errors.Count > 0)
        {
            // The files that decode are read too, so that every error comes back at once.
            errors.AddRange(files.SelectMany(f => CaseFileReader.Read(f.File, f.Text).Errors));
            return Problems.InvalidCase(errors, context);
        }

        var result = await data.Store.ImportAsync(files, WorkbenchAuth.Author(context), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
            return Problems.InvalidCase([.. result.Errors], context);
        data.Invalidate();
        return TypedResults.Created("/api/cases", new ImportInfo([.. result.Imported.Select(RevisionInfo.Of)]));
    }

    // The parameters' documentation goes into the OpenAPI document (the summary is the endpoint's).
    /// <param name="id">The case id (the text's id must be the same: an id does not change).</param>
    /// <param name="ifMatch">The revision the edit was made from, as its ETag: "rev-N". Required.</param>
    /// <param name="sources">The sources the edit cites: source ids that the new text declares, separated by commas.</param>
    /// <param name="author">Who makes the edit, recorded on the revision (default: api).</param>
    /// <param name="context">The request.</param>
    /// <param name="data">The workbench's data.</param>
    /// <param name="options">The workbench's options.</param>
    /// <param name="cancellationToken">Cancels the edit before it is stored.</param>
    internal static async Task<IResult> UpdateAsync(
        string id,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = SourcesHeader)] string? sources,
        [FromHeader(Name = WorkbenchAuth.AuthorHeader)] string? author,
        HttpContext context,
        WorkbenchData data,
        WorkbenchOptions options,
        CancellationToken cancellationToken)
    {
        _ = author; // Read by WorkbenchAuth.Author; declared for the OpenAPI document.
        var body = await RequestBody.ReadAsync(context, RequestBody.CaseMediaTypes, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null)
            return body.Problem;

        var match = context.Request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(match))
        {
            var snapshot = await data.CurrentAsync(cancellationToken).ConfigureAwait(false);
            if (!snapshot.Cases.TryGetValue(id, out var current))
                return Problems.NoCase(id, context);
            return Problems.Result(ProblemTypes.PreconditionRequired,
                $"Send If-Match: {ETag(current.Revision)} with the revision your edit was made from (the ETag of GET /api/cases/{id} or of its export), "
                + "so that an edit made meanwhile by someone else is not overwritten.",
                [ApiError.Header("If-Match", "If-Match is required")], context);
        }

        var errors = new List<ApiError>();
        var tag = ETagPattern().Match(match.ToString().Trim());
        if (!tag.Success || !int.TryParse(tag.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int basedOn) || basedOn < 1)
        {
            errors.Add(ApiError.Header("If-Match", $"If-Match is one revision's ETag, such as \"rev-3\", not {Echo.Quote(match.ToString())}"));
            basedOn = 0;
        }

        var cited = new List<string>();
        foreach (string part in (sources ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!cited.Contains(part, StringComparer.Ordinal))
                cited.Add(part);
        }

        if (cited.Count > 200)
            errors.Add(ApiError.Header(SourcesHeader, $"an edit cites at most 200 sources, not {cited.Count}"));
        if (errors.Count > 0)
            return Problems.Result(ProblemTypes.InvalidRequest, "The headers have errors.", errors, context);

        string file = id + ".yaml";
        var (text, error) = InputText.Decode(file, body.Bytes, InputLimits.Default);
        if (text is null)
            return Problems.InvalidCase([error!], context);

        var result = await data.Store.UpdateAsync(new CaseEdit(id, basedOn, text.Text, WorkbenchAuth.Author(context), cited), cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case CaseSaved saved:
                data.Invalidate();
                context.Response.Headers.ETag = ETag(saved.Revision.Revision);
                return TypedResults.Ok(RevisionInfo.Of(saved.Revision));
            case CaseConflict conflict:
                var now = conflict.Current;
                context.Response.Headers.ETag = ETag(now.Revision);
                string changed = now.Changes.Count == 0 ? "changing nothing" : "changing " + string.Join(", ", now.Changes.Take(10).Select(c => c.Path)) + (now.Changes.Count > 10 ? ", …" : string.Empty);
                return Problems.Result(Problems.Of(ProblemTypes.EditConflict,
                    $"Your edit was made from revision {conflict.BasedOn}, but {id} is now at revision {now.Revision} (by {now.Author} at {now.CreatedAt:u}, {changed}). "
                    + $"Nothing was stored. Merge your change into revision {now.Revision} (GET /api/cases/{id}/export) and PUT it again with If-Match: {ETag(now.Revision)}.",
                    null, context) with { CurrentRevision = now.Revision, Current = RevisionInfo.Of(now) });
            case CaseInvalid invalid:
                // The store reads the text before it looks the case up: an edit of no case is 404 whatever its text.
                return await StoredAsync(data.Store, id, cancellationToken).ConfigureAwait(false)
                    ? Problems.InvalidCase([.. invalid.Errors], context)
                    : Problems.NoCase(id, context);
            default:
                return Problems.NoCase(id, context);
        }
    }

    /// <summary>The snapshot and the case, or the problem: 404 when no case has the id, 500 when its stored text no longer reads.</summary>
    private static async Task<(WorkbenchSnapshot Snapshot, (Willing.Core.Model.Coalition Coalition, CaseClassification Classification)? Found, IResult? Problem)> FindAsync(
        string id, HttpContext context, WorkbenchData data, CancellationToken cancellationToken)
    {
        var snapshot = await data.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Find(id) is { } found && snapshot.Cases.ContainsKey(id))
            return (snapshot, found, null);
        if (!snapshot.Cases.ContainsKey(id))
            return (snapshot, null, Problems.NoCase(id, context));
        var own = snapshot.Errors.Where(e => e.File.StartsWith($"store:{id}@", StringComparison.Ordinal)).ToList();
        return (snapshot, null, Problems.Result(ProblemTypes.StoredCaseUnreadable,
            own.Count > 0
                ? $"The stored text of {id} no longer reads; export it, mend it and PUT it back."
                : $"A stored case no longer reads, so the stored case base (and {id} in it) cannot be analysed; export the cases named in the errors, mend them and PUT them back.",
            (own.Count > 0 ? own : [.. snapshot.Errors]).Select(ApiError.Of), context));
    }

    private static bool NotModified(HttpContext context, int revision) =>
        context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == ETag(revision) || t.Trim() == "*"));

    private static async Task<bool> StoredAsync(CaseStore store, string id, CancellationToken cancellationToken) =>
        (await store.ListCasesAsync(cancellationToken).ConfigureAwait(false)).Any(c => c.Id == id);

    private static IResult Exists(HttpContext context, string file, CaseFileResult read, string id) =>
        Problems.Result(Problems.Of(ProblemTypes.CaseExists,
            $"A case {id} is already stored. To change it, PUT /api/cases/{id} with If-Match naming its revision; to add a new case, give it another id.",
            [new ApiError(file, read.IdLine, 1, "id", $"case '{Echo.Quote(id)}' is already stored")], context) with { Location = "/api/cases/" + Uri.EscapeDataString(id) });

    [GeneratedRegex("^[01]{4,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex CellPattern();

    [GeneratedRegex("^\"rev-([0-9]{1,9})\"$", RegexOptions.CultureInvariant)]
    private static partial Regex ETagPattern();
}

/// <summary>The API's OpenAPI annotations.</summary>
/// <remarks>
/// The request bodies are described by operation transformers rather than by <c>Accepts</c>, whose metadata would
/// make routing turn away other content types before the endpoint can answer them with a 415 problem.
/// </remarks>
internal static class EndpointMetadata
{
    /// <summary>Describes a required request body of these media types, as text (a case file) or as the schema of <paramref name="schema"/>.</summary>
    public static RouteHandlerBuilder WithRequestBody(this RouteHandlerBuilder builder, string description, IReadOnlyList<string> mediaTypes, Type? schema = null) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            IOpenApiSchema body = schema is null
                ? new OpenApiSchema { Type = JsonSchemaType.String }
                : await context.GetOrCreateSchemaAsync(schema, null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = mediaTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = body }, StringComparer.Ordinal),
            };
        });

    /// <summary>
    /// Describes parameters by the name they have in the request (a header's, which the documentation of the handler's
    /// own parameter does not reach); a parameter the handler does not bind (it reads the header itself) is added as a header.
    /// </summary>
    public static RouteHandlerBuilder WithParameters(this RouteHandlerBuilder builder, params (string Name, string Description)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in parameters)
            {
                if (operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name) is { } parameter)
                    parameter.Description = description;
                else
                    operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Header, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            }

            return Task.CompletedTask;
        });

    /// <summary>Describes a multipart/form-data body of files.</summary>
    public static RouteHandlerBuilder WithMultipartBody(this RouteHandlerBuilder builder, string description) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var files = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["multipart/form-data"] = new OpenApiMediaType { Schema = files } },
            };
            return Task.CompletedTask;
        });

    /// <summary>Declares problem answers (<see cref="ApiProblem"/> as <c>application/problem+json</c>) for each status.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (int status in statuses)
            builder.Produces<ApiProblem>(status, Problems.MediaType);
        return builder;
    }
}
