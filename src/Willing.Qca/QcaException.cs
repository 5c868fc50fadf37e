namespace Willing.Qca;

/// <summary>Thrown when an analysis cannot run as asked; <see cref="Errors"/> holds every problem found, each located.</summary>
/// <remarks>A command catches it, prints each error on its own line and exits with a usage error; it never needs a stack trace.</remarks>
public sealed class QcaException : Exception
{
    /// <summary>An exception for the problems found.</summary>
    public QcaException(IReadOnlyList<QcaError> errors)
        : base(errors.Count == 0 ? "the analysis cannot run" : string.Join("; ", errors))
    {
        Errors = errors;
    }

    /// <summary>An exception for one problem.</summary>
    public QcaException(QcaError error)
        : this([error])
    {
    }

    /// <summary>An exception with a plain message.</summary>
    public QcaException()
        : this([])
    {
    }

    /// <summary>An exception with a plain message.</summary>
    public QcaException(string message)
        : this(new QcaError(message))
    {
    }

    /// <summary>An exception with a plain message and its cause.</summary>
    public QcaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new QcaError(message)];
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<QcaError> Errors { get; }
}
