namespace DebtHub.Domain.Debtors;

/// <summary>
/// A Social Security number as the domain keeps it: encrypted at rest (the cipher is made by infrastructure with a key
/// from configuration), its last four digits for verification screens, and a keyed hash that matches the same SSN
/// across records (skip tracing) without decrypting anything.
/// </summary>
public sealed record ProtectedSsn(byte[] Cipher, string LastFour, byte[] MatchHash);
