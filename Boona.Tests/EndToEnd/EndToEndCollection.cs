namespace Boona.Tests.EndToEnd;

/// <summary>Browser tests run one after another, not beside the rest: each drives a whole app and a Chromium.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
