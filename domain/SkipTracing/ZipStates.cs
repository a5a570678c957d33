namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// The states each three-digit ZIP prefix (USPS sectional center) serves, to check that a found address's ZIP and state
/// agree before it goes on file. Military prefixes (090-098, 340, 962-966) serve AA/AE/AP, which are not states, so
/// such addresses fail the check and need a person. Prefixes that serve two states accept either.
/// </summary>
public static class ZipStates
{
    private static readonly (int First, int Last, string States)[] Ranges =
    [
        (5, 5, "NY"), (6, 7, "PR"), (8, 8, "VI"), (9, 9, "PR"), (10, 27, "MA"), (28, 29, "RI"), (30, 38, "NH"),
        (39, 49, "ME"), (50, 59, "VT"), (60, 69, "CT"), (70, 89, "NJ"), (100, 149, "NY"), (150, 196, "PA"),
        (197, 199, "DE"), (200, 200, "DC"), (201, 201, "VA"), (202, 205, "DC"), (206, 219, "MD"), (220, 246, "VA"),
        (247, 268, "WV"), (270, 289, "NC"), (290, 299, "SC"), (300, 319, "GA"), (320, 339, "FL"), (341, 342, "FL"),
        (344, 344, "FL"), (346, 347, "FL"), (349, 349, "FL"), (350, 369, "AL"), (370, 385, "TN"), (386, 397, "MS"),
        (398, 399, "GA"), (400, 427, "KY"), (430, 459, "OH"), (460, 479, "IN"), (480, 499, "MI"), (500, 528, "IA"),
        (530, 549, "WI"), (550, 567, "MN"), (569, 569, "DC"), (570, 577, "SD"), (580, 588, "ND"), (590, 599, "MT"),
        (600, 629, "IL"), (630, 658, "MO"), (660, 679, "KS"), (680, 693, "NE"), (700, 714, "LA"), (716, 729, "AR"),
        (730, 731, "OK"), (733, 733, "TX"), (734, 749, "OK"), (750, 799, "TX"), (800, 816, "CO"), (820, 831, "WY"),
        (832, 838, "ID"), (840, 847, "UT"), (850, 865, "AZ"), (870, 884, "NM"), (885, 885, "TX"), (889, 898, "NV"),
        (900, 961, "CA"), (967, 968, "HI"), (969, 969, "GU MP AS"), (970, 979, "OR"), (980, 994, "WA"), (995, 999, "AK"),
    ];

    /// <summary>The USPS codes the ZIP's prefix serves; empty for unassigned or military prefixes.</summary>
    public static IReadOnlyList<string> Of(string zip)
    {
        if (zip.Length < 3 || !int.TryParse(zip.AsSpan(0, 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix))
        {
            return [];
        }

        foreach (var (first, last, states) in Ranges)
        {
            if (prefix >= first && prefix <= last)
            {
                return states.Split(' ');
            }
        }

        return [];
    }

    public static bool Agree(string zip, string state) => Of(zip).Contains(state, StringComparer.OrdinalIgnoreCase);
}
