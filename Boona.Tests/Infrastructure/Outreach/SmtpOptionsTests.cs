using Boona.Infrastructure.Outreach.Delivery;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>SMTP settings are checked when the app starts, not when the first inquiry should leave.</summary>
public sealed class SmtpOptionsTests
{
    [Fact]
    public void Without_a_host_nothing_else_is_needed_and_mail_goes_to_the_pickup_folder()
    {
        var options = new SmtpOptions();

        Assert.True(new SmtpOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.WritesToPickupFolder);
    }

    [Fact]
    public void A_host_needs_a_sender_address_and_user_and_password_go_together()
    {
        var result = new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = "mail.example.de", From = "kein-absender", User = "boona" });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith("Smtp:From", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Smtp:User and Smtp:Password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void A_rate_limit_outside_its_range_is_refused(int perMinute) =>
        Assert.False(new SmtpOptionsValidator().Validate(null, new SmtpOptions { MessagesPerMinute = perMinute }).Succeeded);

    [Fact]
    public void The_app_does_not_start_with_an_unusable_smtp_setting()
    {
        using var app = new Support.BoonaAppFactory(seedDemoData: false, new Dictionary<string, string> { ["Smtp:Host"] = "mail.example.de" });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Smtp:From", failure.ToString(), StringComparison.Ordinal);
    }
}
