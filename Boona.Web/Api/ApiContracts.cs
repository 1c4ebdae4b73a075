namespace Boona.Web.Api;

/// <summary>One page of a list and how many rows the whole list has.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The id of what was created; its address is in the Location header.</summary>
public sealed record CreatedDto(int Id);
