namespace DebtHub.Domain.Creditors;

/// <summary>
/// Who collects: Reg F (12 CFR 1006) binds third-party debt collectors and debt buyers, not creditors collecting their
/// own debts; TCPA and several state rules bind both. The compliance engine applies the rules of the regime.
/// </summary>
public enum CreditorRegime
{
    FirstParty,
    ThirdParty,
}
