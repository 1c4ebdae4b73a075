using Boona.Domain.Therapists;

namespace Boona.Tests.Domain;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_domain_references_nothing_but_the_base_class_library()
    {
        var references = typeof(Therapist).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var foreign = references.Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib")).ToList();

        Assert.NotEmpty(references);
        Assert.Empty(foreign);
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Quartz")]
    [InlineData("MailKit")]
    [InlineData("MimeKit")]
    public void The_domain_does_not_know_the_frameworks(string framework) =>
        Assert.DoesNotContain(typeof(Therapist).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith(framework, StringComparison.Ordinal));
}
