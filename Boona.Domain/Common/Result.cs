namespace Boona.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way.</summary>
public class Result
{
    protected Result(IReadOnlyList<Error> errors)
    {
        Errors = errors;
    }

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public Error? FirstError => Errors.Count == 0 ? null : Errors[0];

    public static Result Success() => new([]);

    public static Result Failure(Error error) => new([error]);

    public static Result Failure(IEnumerable<Error> errors) => new([.. errors]);

    public static Result<T> Success<T>(T value) => Result<T>.Of(value);
}

/// <summary>A <see cref="Result"/> carrying a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error> errors)
        : base(errors)
    {
        _value = value;
    }

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {FirstError?.Message}");

    public static Result<T> Of(T value) => new(value, []);

    public static new Result<T> Failure(Error error) => new(default, [error]);

    public static new Result<T> Failure(IEnumerable<Error> errors) => new(default, [.. errors]);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
