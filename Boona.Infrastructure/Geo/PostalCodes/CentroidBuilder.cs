namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Collects the rows of one postal code: the mean of their points, their distinct places in file order.</summary>
internal sealed class CentroidBuilder(string code, string state, string? stateCode)
{
    private readonly List<string> _places = [];
    private double _latitudeSum;
    private double _longitudeSum;
    private int _points;

    public string Code => code;

    public void Add(string place, double latitude, double longitude)
    {
        if (place.Length > 0 && !_places.Contains(place, StringComparer.Ordinal))
        {
            _places.Add(place);
        }

        _latitudeSum += latitude;
        _longitudeSum += longitude;
        _points++;
    }

    public PostalCodeCentroid Build() => new()
    {
        Code = code,
        Place = JoinPlaces(),
        State = state,
        StateCode = stateCode,
        Latitude = Math.Round(_latitudeSum / _points, 5),
        Longitude = Math.Round(_longitudeSum / _points, 5),
    };

    private string JoinPlaces()
    {
        var joined = string.Empty;
        foreach (var place in _places)
        {
            var next = joined.Length == 0 ? place : $"{joined}, {place}";
            if (next.Length > PostalCodeCentroid.PlaceLength)
            {
                break;
            }

            joined = next;
        }

        return joined.Length > 0 ? joined : _places.FirstOrDefault()?[..Math.Min(PostalCodeCentroid.PlaceLength, _places[0].Length)] ?? string.Empty;
    }
}
