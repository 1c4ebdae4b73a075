namespace Boona.Infrastructure.Jobs;

/// <summary>An expected failure that ends a run as Failed with <see cref="Exception.Message"/>, logged without a stack trace.</summary>
public sealed class JobFailedException(string message) : Exception(message);
