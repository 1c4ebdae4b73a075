using Boona.Domain.Common;
using Boona.Web.Components.Lists;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Api;

/// <summary>Query-string values read by hand, so that an unknown value is a field error, not a bare 400.</summary>
internal sealed class ApiQuery
{
    private readonly List<DomainError> _errors = [];

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

        _errors.Add(new DomainError("api.value.unknown", $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.", field));
        return null;
    }

    public int Page(int? page) => Math.Max(0, page ?? 0);

    public int PageSize(int? size) => Math.Clamp(size ?? 25, 1, 200);

    public IResult Problem() => ApiProblems.From(Result.Failure(_errors));
}
