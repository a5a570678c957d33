namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// The first three digits of the ZIP codes USPS assigns to each state (its sectional centers), and a few real cities, so
/// generated addresses land in the right state and time zone and imported ZIPs can be checked against their state.
/// Shared prefixes are real: 967 is Hawaii and American Samoa (96799), 969 Guam and the Northern Marianas (9695x).
/// </summary>
internal static class UsGeography
{
    private static readonly Dictionary<string, State> States = Build();

    public static IReadOnlyCollection<string> StateCodes => States.Keys;

    /// <summary>The 50 states and DC, which the demo portfolio covers; territories are accepted by imports only.</summary>
    public static IReadOnlyList<string> DemoStates { get; } =
        States.Keys.Where(s => s is not ("PR" or "VI" or "GU" or "AS" or "MP")).Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<int> PrefixesOf(string state) => States[state].Prefixes;

    public static IReadOnlyList<string> CitiesOf(string state) => States[state].Cities;

    /// <summary>Whether the ZIP's three-digit prefix is one USPS assigns to the state.</summary>
    public static bool ZipBelongsTo(string zip, string state) =>
        States.TryGetValue(state.ToUpperInvariant(), out var s) && zip.Length >= 3 &&
        int.TryParse(zip.AsSpan(0, 3), out var prefix) && s.Prefixes.Contains(prefix);

    private static Dictionary<string, State> Build()
    {
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        void Add(string code, string ranges, params string[] cities) => states[code] = new State(Parse(ranges), cities);

        Add("AL", "350-352,354-369", "Birmingham", "Montgomery", "Mobile", "Huntsville");
        Add("AK", "995-999", "Anchorage", "Fairbanks", "Juneau", "Nome");
        Add("AZ", "850-853,855-857,859-860,863-865", "Phoenix", "Tucson", "Flagstaff", "Chinle");
        Add("AR", "716-729", "Little Rock", "Fayetteville", "Jonesboro");
        Add("CA", "900-908,910-928,930-961", "Los Angeles", "San Diego", "Fresno", "Sacramento", "Oakland");
        Add("CO", "800-816", "Denver", "Colorado Springs", "Pueblo", "Grand Junction");
        Add("CT", "060-069", "Hartford", "New Haven", "Bridgeport");
        Add("DE", "197-199", "Wilmington", "Dover", "Newark");
        Add("DC", "200,202-205", "Washington");
        Add("FL", "320-339,341-342,344,346-347,349", "Miami", "Tampa", "Orlando", "Jacksonville", "Pensacola", "Panama City");
        Add("GA", "300-319,398-399", "Atlanta", "Savannah", "Macon", "Augusta");
        Add("HI", "967-968", "Honolulu", "Hilo", "Kahului");
        Add("ID", "832-838", "Boise", "Pocatello", "Coeur d'Alene");
        Add("IL", "600-620,622-629", "Chicago", "Springfield", "Peoria", "Rockford");
        Add("IN", "460-479", "Indianapolis", "Gary", "Evansville", "Fort Wayne", "South Bend");
        Add("IA", "500-516,520-528", "Des Moines", "Cedar Rapids", "Davenport");
        Add("KS", "660-662,664-679", "Wichita", "Topeka", "Kansas City", "Goodland");
        Add("KY", "400-418,420-427", "Louisville", "Lexington", "Bowling Green", "Paducah");
        Add("LA", "700-701,703-708,710-714", "New Orleans", "Baton Rouge", "Shreveport");
        Add("ME", "039-049", "Portland", "Bangor", "Augusta");
        Add("MD", "206-212,214-219", "Baltimore", "Annapolis", "Frederick");
        Add("MA", "010-027,055", "Boston", "Worcester", "Springfield");
        Add("MI", "480-499", "Detroit", "Grand Rapids", "Lansing", "Marquette", "Iron Mountain");
        Add("MN", "550-551,553-567", "Minneapolis", "Saint Paul", "Duluth");
        Add("MS", "386-397", "Jackson", "Gulfport", "Hattiesburg");
        Add("MO", "630-631,633-641,644-658", "Kansas City", "St. Louis", "Springfield");
        Add("MT", "590-599", "Billings", "Missoula", "Helena");
        Add("NE", "680-681,683-693", "Omaha", "Lincoln", "North Platte", "Scottsbluff");
        Add("NV", "889-891,893-895,897-898", "Las Vegas", "Reno", "Carson City", "West Wendover");
        Add("NH", "030-038", "Manchester", "Nashua", "Concord");
        Add("NJ", "070-089", "Newark", "Jersey City", "Trenton", "Camden");
        Add("NM", "870-871,873-875,877-884", "Albuquerque", "Santa Fe", "Las Cruces");
        Add("NY", "005,100-149", "New York", "Buffalo", "Rochester", "Albany", "Syracuse");
        Add("NC", "270-289", "Charlotte", "Raleigh", "Greensboro", "Asheville");
        Add("ND", "580-588", "Fargo", "Bismarck", "Dickinson", "Williston");
        Add("OH", "430-459", "Columbus", "Cleveland", "Cincinnati", "Toledo");
        Add("OK", "730-731,734-741,743-749", "Oklahoma City", "Tulsa", "Norman");
        Add("OR", "970-979", "Portland", "Eugene", "Salem", "Ontario");
        Add("PA", "150-196", "Philadelphia", "Pittsburgh", "Allentown", "Erie");
        Add("RI", "028-029", "Providence", "Warwick", "Cranston");
        Add("SC", "290-299", "Columbia", "Charleston", "Greenville");
        Add("SD", "570-577", "Sioux Falls", "Rapid City", "Pierre");
        Add("TN", "370-385", "Nashville", "Memphis", "Knoxville", "Chattanooga");
        Add("TX", "733,750-770,772-799,885", "Houston", "Dallas", "San Antonio", "Austin", "El Paso");
        Add("UT", "840-847", "Salt Lake City", "Provo", "Ogden");
        Add("VT", "050-054,056-059", "Burlington", "Montpelier", "Rutland");
        Add("VA", "201,220-246", "Virginia Beach", "Richmond", "Norfolk", "Roanoke");
        Add("WA", "980-986,988-994", "Seattle", "Spokane", "Tacoma", "Vancouver");
        Add("WV", "247-268", "Charleston", "Huntington", "Morgantown");
        Add("WI", "530-532,534-535,537-549", "Milwaukee", "Madison", "Green Bay");
        Add("WY", "820-831", "Cheyenne", "Casper", "Laramie");
        Add("PR", "006-007,009", "San Juan", "Ponce", "Mayaguez");
        Add("VI", "008", "Charlotte Amalie", "Christiansted");
        Add("GU", "969", "Hagatna", "Dededo");
        Add("AS", "967", "Pago Pago");
        Add("MP", "969", "Saipan");
        return states;
    }

    private static int[] Parse(string ranges)
    {
        var prefixes = new List<int>();
        foreach (var range in ranges.Split(','))
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var first = int.Parse(dash < 0 ? range : range[..dash], System.Globalization.CultureInfo.InvariantCulture);
            var last = dash < 0 ? first : int.Parse(range[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            for (var p = first; p <= last; p++)
            {
                prefixes.Add(p);
            }
        }

        return prefixes.ToArray();
    }

    private sealed record State(int[] Prefixes, string[] Cities);
}
