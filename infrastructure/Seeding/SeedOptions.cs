namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// What to generate. The same <see cref="Seed"/> and <see cref="AsOf"/> give the same rows (ids, names, money,
/// dates); only SSN ciphers differ, because each encryption takes a fresh nonce. Nothing is dated after the end of
/// <see cref="AsOf"/> (UTC).
/// </summary>
public sealed record SeedOptions(int Accounts, int Seed, DateOnly AsOf)
{
    public const int DefaultAccounts = 6_000;
    public const int DefaultSeed = 20_240_601;

    /// <summary>Five debtors for every six accounts: one debtor in five owes two debts.</summary>
    public int Debtors => Accounts == 0 ? 0 : Math.Max(1, (int)(Accounts * 5L / 6));
}
