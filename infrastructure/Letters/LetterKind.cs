namespace DebtHub.Infrastructure.Letters;

public enum LetterKind
{
    /// <summary>The Reg F validation notice (12 CFR 1006.34), model form B-1.</summary>
    ValidationNotice,

    /// <summary>Confirms an active installment plan: amounts and due dates.</summary>
    PlanConfirmation,

    /// <summary>Puts a settlement offer in writing: the amount accepted in full satisfaction and when it is due.</summary>
    SettlementOffer,
}

/// <summary>A rendered letter: printable HTML, and the validation notice's figures when it is one.</summary>
public sealed record Letter(LetterKind Kind, Guid AccountId, string Html, Domain.Resolutions.Letters.ValidationNotice? ValidationNotice);
