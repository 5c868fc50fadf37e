namespace Willing.Storage;

/// <summary>The outcome of an edit: <see cref="CaseSaved"/>, <see cref="CaseConflict"/>, <see cref="CaseInvalid"/> or <see cref="CaseNotFound"/>.</summary>
/// <remarks>The web layer maps them to 200, 409, 422 and 404.</remarks>
public abstract record EditResult
{
    private protected EditResult()
    {
    }
}
