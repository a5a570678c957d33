using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Location;

/// <summary>
/// Places the consumer (RULES.md TIME-MULTI-TZ): candidate zones = zones of each address's ZIP (or its state when the
/// ZIP is unknown) ∪ zones of every phone's area code ∪ the location the consumer stated. When nothing places them, every
/// US zone is a candidate. Calling hours are then the intersection over all candidates: a collector with conflicting
/// location information complies by calling at a time convenient in every location it indicates.
/// </summary>
/// <remarks>
/// A stated location is added to, not substituted for, the other candidates: the conservative reading of "if the
/// consumer told you where they are now, that controls — but keep others if unsure". Jurisdictions are gathered the
/// same way (address state, ZIP, stated state, area-code state), so an overlay applies when any of them points to it.
/// </remarks>
public static class CandidateZoneResolver
{
    public static ConsumerLocation Resolve(ContactFacts facts, LocationTables tables)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(tables);
        var zones = ZoneSet.Empty;
        var jurisdictions = Jurisdiction.None;

        var addresses = facts.Addresses;
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            zones = zones.Union(ZonesOfPlace(tables, address.Zip, address.State));
            jurisdictions |= JurisdictionsOfPlace(address.Zip, address.State);
        }

        var phones = facts.Phones;
        for (var i = 0; i < phones.Count; i++)
        {
            var areaCode = phones[i].AreaCode;
            zones = zones.Union(tables.ZonesOfAreaCode(areaCode));
            jurisdictions |= JurisdictionOfState(tables.StateOfAreaCode(areaCode));
            if (IsNewYorkCityAreaCode(areaCode))
            {
                jurisdictions |= Jurisdiction.NewYorkCity;
            }
        }

        if (facts.StatedLocation is { } stated)
        {
            if (stated.TimeZoneId is not null && tables.Catalog.TryGetIndex(stated.TimeZoneId, out var index))
            {
                zones = zones.Union(ZoneSet.Of(index));
            }

            zones = zones.Union(ZonesOfPlace(tables, stated.Zip, stated.State));
            jurisdictions |= JurisdictionsOfPlace(stated.Zip, stated.State);
        }

        return zones.IsEmpty
            ? new ConsumerLocation(tables.EveryUsZone, Unknown: true, jurisdictions)
            : new ConsumerLocation(zones, Unknown: false, jurisdictions);
    }

    private static ZoneSet ZonesOfPlace(LocationTables tables, string? zip, string? state)
    {
        var byZip = tables.ZonesOfZip(zip);
        return byZip.IsEmpty ? tables.ZonesOfState(state) : byZip;
    }

    private static Jurisdiction JurisdictionsOfPlace(string? zip, string? state)
    {
        var result = JurisdictionOfState(state);
        var value = LocationTables.ParseZip(zip);
        if (value < 0)
        {
            return result;
        }

        var zip3 = value / 100;
        if (zip3 is (>= 10 and <= 27) or 55)
        {
            result |= Jurisdiction.Massachusetts;
        }
        else if (zip3 is >= 980 and <= 994)
        {
            result |= Jurisdiction.Washington;
        }
        else if (zip3 is >= 900 and <= 961)
        {
            result |= Jurisdiction.California;
        }

        if (IsNewYorkCityZip(value))
        {
            result |= Jurisdiction.NewYorkCity;
        }

        return result;
    }

    private static Jurisdiction JurisdictionOfState(string? state) =>
        string.Equals(state, "MA", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.Massachusetts
        : string.Equals(state, "WA", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.Washington
        : string.Equals(state, "CA", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.California
        : Jurisdiction.None;

    /// <summary>
    /// The five boroughs by USPS sectional center: 100–102 Manhattan, 103 Staten Island, 104 Bronx, 112 Brooklyn,
    /// 111/113/114/116 Queens, and 11004–11005 (Glen Oaks, Floral Park in Queens) from the otherwise Nassau 110.
    /// </summary>
    private static bool IsNewYorkCityZip(int zip)
    {
        var zip3 = zip / 100;
        return zip3 is (>= 100 and <= 104) or (>= 111 and <= 114) or 116 || zip is 11004 or 11005;
    }

    /// <summary>The area codes that serve only New York City (the conservative reading puts their holders in NYC too).</summary>
    private static bool IsNewYorkCityAreaCode(int areaCode) => areaCode is 212 or 332 or 347 or 646 or 718 or 917 or 929;
}
