using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>Why a Cox model could not be fitted.</summary>
public enum CoxFitProblem
{
    /// <summary>Not a problem of the model: the exception was made without a reason.</summary>
    Unspecified,

    /// <summary>The data has no rows.</summary>
    NoRows,

    /// <summary>No row has the event (of the chosen cause).</summary>
    NoEvents,

    /// <summary>An option does not fit the data: an unknown covariate, a cause out of range, no covariates, a value that is not finite.</summary>
    InvalidInput,

    /// <summary>A covariate is constant or a linear combination of others, so its coefficient is not identified.</summary>
    Singular,

    /// <summary>Monotone likelihood: the likelihood keeps rising as a coefficient heads to infinity.</summary>
    Infinite,

    /// <summary>The iterations ran out before the likelihood converged.</summary>
    NotConverged,
}

/// <summary>A Cox model that cannot be fitted, with a message a user can act on that names the covariates at fault.</summary>
public sealed class CoxFitException : Exception
{
    /// <summary>An exception with no message.</summary>
    public CoxFitException()
    {
    }

    /// <summary>An exception with a message.</summary>
    public CoxFitException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public CoxFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception for a problem, naming the covariates at fault.</summary>
    public CoxFitException(CoxFitProblem problem, string message, ImmutableArray<string> covariates = default)
        : base(message)
    {
        Problem = problem;
        Covariates = covariates.IsDefault ? [] : covariates;
    }

    /// <summary>What went wrong.</summary>
    public CoxFitProblem Problem { get; }

    /// <summary>The covariates at fault (redundant ones, infinite ones), in model order; empty when none is.</summary>
    public ImmutableArray<string> Covariates { get; } = [];
}
