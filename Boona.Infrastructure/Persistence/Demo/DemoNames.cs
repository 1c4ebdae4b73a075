namespace Boona.Infrastructure.Persistence.Demo;

internal static class DemoNames
{
    public static readonly string[] Female =
    [
        "Anna", "Julia", "Katharina", "Laura", "Lea", "Sarah", "Lisa", "Miriam", "Johanna", "Sophie", "Hannah", "Claudia",
        "Sabine", "Petra", "Birgit", "Andrea", "Stefanie", "Nicole", "Christina", "Elif", "Aylin", "Marta", "Ivana", "Friederike",
    ];

    public static readonly string[] Male =
    [
        "Lukas", "Jonas", "Maximilian", "Felix", "Paul", "David", "Tobias", "Florian", "Matthias", "Stefan", "Thomas", "Michael",
        "Andreas", "Markus", "Christian", "Daniel", "Jan", "Sebastian", "Emre", "Can", "Piotr", "Luca", "Konstantin", "Benedikt",
    ];

    public static readonly string[] Last =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
        "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze",
        "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
        "Möller", "Weiß", "Jung", "Hahn", "Keller", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Rossi", "Petrović",
    ];

    public static readonly string[] Titles = ["Dr.", "Dipl.-Psych.", "M.Sc. Psych.", "Dr. med.", "Prof. Dr."];

    public static readonly string[] Insurers =
    [
        "AOK Rheinland/Hamburg", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic", "KKH", "AOK Bayern",
        "hkk", "BKK firmus", "AOK Nordost",
    ];

    public static readonly string[] ForeignLanguages = ["en", "tr", "pl", "ru", "ar", "fr", "es", "it"];
}
