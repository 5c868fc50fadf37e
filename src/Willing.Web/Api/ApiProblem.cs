using Microsoft.AspNetCore.Http;
using Willing.Core.Reading;

namespace Willing.Web.Api;

/// <summary>
/// An error answer of the API as problem details (RFC 9457, <c>application/problem+json</c>): what kind of
/// problem (<see cref="Type"/>, one of <see cref="ProblemTypes"/>), in words, and every error found, each
/// located where the client can mend it.
/// </summary>
/// <param name="Type">The kind of problem, a URI of the form <c>urn:willing:problem:NAME</c> (docs/api.md lists them).</param>
/// <param name="Title">The kind of problem in words; the same for every problem of the type.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong with this request, and what to do.</param>
/// <param name="Errors">Every error found (empty when the problem is not about the request's content).</param>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail, IReadOnlyList<ApiError> Errors)
{
    /// <summary>The request's path.</summary>
    public string? Instance { get; init; }

    /// <summary>For an edit conflict: the case's current revision, to merge with and send as <c>If-Match</c>.</summary>
    public int? CurrentRevision { get; init; }

    /// <summary>For an edit conflict: who wrote the current revision, when, and what it changed.</summary>
    public RevisionInfo? Current { get; init; }

    /// <summary>For an existing case or a job: where it is.</summary>
    public string? Location { get; init; }
}

/// <summary>One error in what a client sent, located as the command line locates errors in a file.</summary>
/// <param name="File">The file (a case file's name, <c>request.json</c> for a simulation request, <c>query</c> or <c>header</c> for the URL's query and the headers).</param>
/// <param name="Line">The 1-based line in the file (1 for a query parameter or header).</param>
/// <param name="Column">The 1-based column, in characters.</param>
/// <param name="Path">The field, e.g. <c>memberships[5].actor</c>, <c>parameters.h0</c>, <c>If-Match</c>; <c>$</c> for the whole body.</param>
/// <param name="Message">What is wrong and, where it helps, how to mend it.</param>
public sealed record ApiError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The error of a reader, with its own location and field path.</summary>
    /// <param name="error">The reader's error.</param>
    public static ApiError Of(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ApiError(error.File, error.Line, error.Column, error.FieldPath, error.Message);
    }

    /// <summary>An error in a query parameter.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="message">What is wrong.</param>
    public static ApiError Query(string name, string message) => Of(new InputError("query", 1, 1, message, name));

    /// <summary>An error in a request header.</summary>
    /// <param name="name">The header.</param>
    /// <param name="message">What is wrong.</param>
    public static ApiError Header(string name, string message) => Of(new InputError("header", 1, 1, message, name));
}

/// <summary>The kinds of problem the API answers with (the <c>type</c> of <see cref="ApiProblem"/>), each with its status and title.</summary>
public static class ProblemTypes
{
    /// <summary>The prefix of every type.</summary>
    public const string Prefix = "urn:willing:problem:";

    /// <summary>400: a query parameter, a header or the body's syntax is wrong.</summary>
    public const string InvalidRequest = Prefix + "invalid-request";

    /// <summary>401: a write without the workbench's token, or with a wrong one.</summary>
    public const string Unauthorized = Prefix + "unauthorized";

    /// <summary>404: no such case, revision, job or endpoint.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>405: the endpoint does not take this method.</summary>
    public const string MethodNotAllowed = Prefix + "method-not-allowed";

    /// <summary>409: a new case's id is already stored.</summary>
    public const string CaseExists = Prefix + "case-exists";

    /// <summary>409: the case moved on since the revision the edit was based on.</summary>
    public const string EditConflict = Prefix + "edit-conflict";

    /// <summary>409: the job has already finished, so it cannot be cancelled.</summary>
    public const string JobFinished = Prefix + "job-finished";

    /// <summary>413: the body is larger than the server takes.</summary>
    public const string TooLarge = Prefix + "too-large";

    /// <summary>415: the body's content type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>422: the case file (or files) has errors; nothing was stored.</summary>
    public const string InvalidCase = Prefix + "invalid-case";

    /// <summary>422: the simulation request has errors; nothing was queued.</summary>
    public const string InvalidSimulation = Prefix + "invalid-simulation";

    /// <summary>428: an edit without <c>If-Match</c>.</summary>
    public const string PreconditionRequired = Prefix + "precondition-required";

    /// <summary>500: the server failed; the answer holds no internals.</summary>
    public const string Internal = Prefix + "internal";

    /// <summary>500: a stored case's text no longer reads (the reader has grown stricter since it was stored).</summary>
    public const string StoredCaseUnreadable = Prefix + "stored-case-unreadable";

    /// <summary>503: the simulation queue is full.</summary>
    public const string Busy = Prefix + "busy";

    /// <summary>The status and title of every type.</summary>
    public static IReadOnlyDictionary<string, (int Status, string Title)> All { get; } = new Dictionary<string, (int, string)>(StringComparer.Ordinal)
    {
        [InvalidRequest] = (StatusCodes.Status400BadRequest, "The request is not valid"),
        [Unauthorized] = (StatusCodes.Status401Unauthorized, "A write needs the workbench's token"),
        [NotFound] = (StatusCodes.Status404NotFound, "Not found"),
        [MethodNotAllowed] = (StatusCodes.Status405MethodNotAllowed, "The endpoint does not take this method"),
        [CaseExists] = (StatusCodes.Status409Conflict, "A case with this id is already stored"),
        [EditConflict] = (StatusCodes.Status409Conflict, "The case has changed since the revision the edit was based on"),
        [JobFinished] = (StatusCodes.Status409Conflict, "The job has already finished"),
        [TooLarge] = (StatusCodes.Status413PayloadTooLarge, "The body is too large"),
        [UnsupportedMediaType] = (StatusCodes.Status415UnsupportedMediaType, "The body's content type is not one this endpoint reads"),
        [InvalidCase] = (StatusCodes.Status422UnprocessableEntity, "The case file has errors; nothing was stored"),
        [InvalidSimulation] = (StatusCodes.Status422UnprocessableEntity, "The simulation request has errors; nothing was queued"),
        [PreconditionRequired] = (StatusCodes.Status428PreconditionRequired, "An edit must name the revision it was based on"),
        [Internal] = (StatusCodes.Status500InternalServerError, "The server failed"),
        [StoredCaseUnreadable] = (StatusCodes.Status500InternalServerError, "A stored case no longer reads"),
        [Busy] = (StatusCodes.Status503ServiceUnavailable, "The simulation queue is full"),
    };

    /// <summary>The type of a status the framework answers with on its own (authentication, routing, failures).</summary>
    /// <param name="status">The status code.</param>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Unauthorized,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        >= 500 => Internal,
        _ => InvalidRequest,
    };
}

/// <summary>Makes the API's problem answers.</summary>
internal static class Problems
{
    /// <summary>The media type of problem details.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>A problem of <paramref name="type"/> with its status and title.</summary>
    public static ApiProblem Of(string type, string detail, IEnumerable<ApiError>? errors = null, HttpContext? context = null)
    {
        var (status, title) = ProblemTypes.All[type];
        return new ApiProblem(type, title, status, detail, [.. errors ?? []]) { Instance = context?.Request.Path.Value };
    }

    /// <summary>The problem as an answer.</summary>
    public static IResult Result(ApiProblem problem) =>
        TypedResults.Json(problem, (System.Text.Json.JsonSerializerOptions?)null, MediaType, problem.Status);

    /// <summary>A problem of <paramref name="type"/> as an answer.</summary>
    public static IResult Result(string type, string detail, IEnumerable<ApiError>? errors = null, HttpContext? context = null) =>
        Result(Of(type, detail, errors, context));

    /// <summary>404 for a case id.</summary>
    public static IResult NoCase(string id, HttpContext context) =>
        Result(ProblemTypes.NotFound, $"No case has the id '{Echo.Quote(id)}'; GET /api/cases lists them.", context: context);

    /// <summary>422 for a case file's errors.</summary>
    public static IResult InvalidCase(IReadOnlyCollection<InputError> errors, HttpContext context) =>
        Result(ProblemTypes.InvalidCase,
            $"{Count(errors.Count, "error")} in the case file; each is located by file, line, column and field path. Nothing was stored.",
            errors.Select(ApiError.Of), context);

    /// <summary>"1 error", "3 errors".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
