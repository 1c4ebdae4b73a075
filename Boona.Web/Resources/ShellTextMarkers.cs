namespace Boona.Web.Resources;

/// <summary>Sign-in, sign-out and account messages.</summary>
public sealed class AccountTexts;

/// <summary>The frame around every page: navigation, user menu, error and not-found pages.</summary>
public sealed class LayoutTexts;

/// <summary>The start page with today's work.</summary>
public sealed class HomeTexts;

/// <summary>The list of planned phone calls.</summary>
public sealed class CallTexts;

/// <summary>Admin pages: users and operational settings.</summary>
public sealed class AdminTexts;
