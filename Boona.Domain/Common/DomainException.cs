namespace Boona.Domain.Common;

/// <summary>
/// A broken invariant: the caller asked for something the model never allows,
/// such as pausing a cancelled search. Expected failures are <see cref="Result"/> values instead.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public DomainException()
        : this("domain", "A domain rule was broken.")
    {
    }

    public DomainException(string message)
        : this("domain", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain";
    }

    /// <summary>A stable key that the UI translates into a German message.</summary>
    public string Code { get; } = "domain";
}
