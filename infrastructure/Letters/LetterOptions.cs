namespace DebtHub.Infrastructure.Letters;

/// <summary>Who the letters come from (configuration section <c>Letters</c>): the debt collector's identity on every notice.</summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    public string CollectorName { get; set; } = "DebtHub Recovery Services";

    public List<string> CollectorAddress { get; set; } = [];

    public string CollectorPhone { get; set; } = "1-800-555-0100";

    /// <summary>When the phone line is answered, as printed on the notice.</summary>
    public string CollectorHours { get; set; } = "Monday to Friday, 8 a.m. to 8 p.m. Eastern";

    public string CollectorWebsite { get; set; } = "https://pay.example.com";

    public IReadOnlyList<string> Address => CollectorAddress.Count > 0 ? CollectorAddress : ["PO Box 1000", "Portland, OR 97201"];
}
