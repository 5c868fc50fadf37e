using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Willing.Web.Api;

/// <summary>What reading a request body gave: its bytes, or the problem that stopped it.</summary>
/// <param name="Bytes">The body, when it was read.</param>
/// <param name="Problem">Why it was not (415, 413 or 400).</param>
/// <param name="MediaType">The body's media type, lower case, without parameters.</param>
internal sealed record BodyRead(byte[]? Bytes, IResult? Problem, string MediaType);

/// <summary>Reads request bodies within the server's limits, checking their content type first.</summary>
internal static class RequestBody
{
    /// <summary>The media types a case file is sent as: YAML, or JSON (which is YAML).</summary>
    public static readonly IReadOnlyList<string> CaseMediaTypes = ["application/yaml", "text/yaml", "application/x-yaml", "text/x-yaml", "application/json"];

    /// <summary>The largest simulation request read, in bytes (a request is a few hundred).</summary>
    public const int MaxSimulationRequestBytes = 64 * 1024;

    /// <summary>How far past its limit a body of unknown length is read and dropped before the 413 is sent.</summary>
    public const long DrainBytes = 1024 * 1024;

    /// <summary>
    /// Checks the content type against <paramref name="accepted"/> (and that any charset is UTF-8), then reads the
    /// whole body, at most <paramref name="limit"/> bytes.
    /// </summary>
    public static async Task<BodyRead> ReadAsync(HttpContext context, IReadOnlyList<string> accepted, long limit, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (mediaType, problem) = CheckType(context, accepted);
        if (problem is not null)
            return new BodyRead(null, problem, mediaType);
        // A body a little too large is read on (and dropped) up to DrainBytes past the limit, so that the client, still
        // sending, receives the 413 rather than a reset connection; a body declared larger than that is refused unread.
        if (request.ContentLength > limit + DrainBytes)
            return new BodyRead(null, TooLarge(context, limit, request.ContentLength), mediaType);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit + DrainBytes;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        long total = 0;
        try
        {
            while (true)
            {
                int n = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (n == 0)
                    break;
                total += n;
                if (total <= limit)
                    buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new BodyRead(null, TooLarge(context, limit, null), mediaType);
        }
        catch (BadHttpRequestException e)
        {
            return new BodyRead(null, Problems.Result(ProblemTypes.InvalidRequest, $"The body could not be read: {e.Message}", context: context), mediaType);
        }

        return total > limit ? new BodyRead(null, TooLarge(context, limit, request.ContentLength), mediaType) : new BodyRead(buffer.ToArray(), null, mediaType);
    }

    /// <summary>The media type of the body when it is one of <paramref name="accepted"/> in UTF-8; else a 415 problem.</summary>
    public static (string MediaType, IResult? Problem) CheckType(HttpContext context, IReadOnlyList<string> accepted)
    {
        string list = string.Join(", ", accepted);
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || type.MediaType.Value is not { } value)
        {
            return (string.Empty, Problems.Result(ProblemTypes.UnsupportedMediaType,
                $"Send the body with a Content-Type header, one of: {list}.", context: context));
        }

        string media = value.ToLowerInvariant();
        if (!accepted.Contains(media, StringComparer.Ordinal))
        {
            return (media, Problems.Result(ProblemTypes.UnsupportedMediaType,
                $"This endpoint does not read {Willing.Core.Reading.Echo.Quote(media)}; send one of: {list}.", context: context));
        }

        if (type.Charset.Value is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return (media, Problems.Result(ProblemTypes.UnsupportedMediaType,
                $"The body must be UTF-8, not {Willing.Core.Reading.Echo.Quote(charset)}.", context: context));
        }

        return (media, null);
    }

    /// <summary>413 with the limit.</summary>
    public static IResult TooLarge(HttpContext context, long limit, long? length) =>
        Problems.Result(ProblemTypes.TooLarge,
            length is { } n
                ? $"The body has {n:N0} bytes; this endpoint takes at most {limit:N0}."
                : $"The body is larger than the {limit:N0} bytes this endpoint takes.",
            context: context);
}
