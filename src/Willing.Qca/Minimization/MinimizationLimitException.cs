namespace Willing.Qca.Minimization;

/// <summary>Which bound of <see cref="MinimizationOptions"/> a minimisation reached.</summary>
public enum MinimizationLimit
{
    /// <summary>Not a bound: the exception was made without a reason.</summary>
    Unspecified,

    /// <summary>More prime implicants than <see cref="MinimizationOptions.MaxPrimeImplicants"/>.</summary>
    PrimeImplicants,

    /// <summary>More search steps than <see cref="MinimizationOptions.MaxSearchSteps"/> (finding prime implicants or solving the chart).</summary>
    SearchSteps,

    /// <summary>More pairs of conservative and parsimonious solutions than <see cref="MinimizationOptions.MaxIntermediatePairs"/>.</summary>
    IntermediatePairs,

    /// <summary>The time of <see cref="MinimizationOptions.TimeLimit"/> ran out.</summary>
    Time,
}

/// <summary>
/// A minimisation that cannot be finished exactly within the bounds it was given: no partial answer is returned,
/// because a partial list of prime implicants or solutions would look exact.
/// </summary>
public sealed class MinimizationLimitException : Exception
{
    /// <summary>An exception with no message.</summary>
    public MinimizationLimitException()
    {
    }

    /// <summary>An exception with a message.</summary>
    public MinimizationLimitException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public MinimizationLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception for a bound reached, saying where.</summary>
    public MinimizationLimitException(MinimizationLimit limit, string message)
        : base(message)
    {
        Limit = limit;
    }

    /// <summary>An exception for a bound reached: what happened, and the option of <see cref="MinimizationOptions"/> that sets the bound (named at the end of the message).</summary>
    public MinimizationLimitException(MinimizationLimit limit, string reason, string option)
        : base($"{reason} ({option})")
    {
        Limit = limit;
        _reason = reason;
    }

    /// <summary>The bound that was reached.</summary>
    public MinimizationLimit Limit { get; }

    /// <summary>What happened, without the option's name (for a user of a command rather than of the library).</summary>
    public string Reason => _reason ?? Message;

    private readonly string? _reason;
}
