using Boona.Domain.Common;
using Boona.Web.Components.Lists;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Api;

/// <summary>Query-string values read by hand, so that an unknown value is a field error, not a bare 400.</summary>
internal sealed class ApiQuery
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 200;

    private readonly List<DomainError> _errors = [];

    /// <summary>A query without paging.</summary>
    public ApiQuery()
    {
    }

    /// <summary>A list's query: <paramref name="page"/> zero-based, <paramref name="pageSize"/> 1 to <see cref="MaxPageSize"/>.</summary>
    public ApiQuery(int? page, int? pageSize)
    {
        Page = page ?? 0;
        PageSize = pageSize ?? DefaultPageSize;
        if (Page < 0)
        {
            _errors.Add(DomainError.Invalid("api.page.range", "page is zero-based: 0 or more.", "page"));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            _errors.Add(DomainError.Invalid("api.page-size.range", $"pageSize must lie between 1 and {MaxPageSize}.", "pageSize"));
        }
    }

    public IReadOnlyList<DomainError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (QueryValue.Enum<TEnum>(value) is { } parsed)
        {
            return parsed;
        }

        _errors.Add(DomainError.Invalid("api.value.unknown", $"'{Text.Excerpt(value)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.", field));
        return null;
    }

    /// <summary>The zero-based page asked for; a negative one is an error, not silently the first.</summary>
    public int Page { get; }

    public int PageSize { get; }

    public IResult Problem() => ApiProblems.From(Result.Failure(_errors));
}
