using Willing.Core.Reading;

namespace Willing.Storage;

/// <summary>The edit's text is not a valid case file, or does not fit the stored case base; nothing was written.</summary>
/// <param name="Errors">Every error, each located in the text.</param>
public sealed record CaseInvalid(IReadOnlyList<InputError> Errors) : EditResult;
