using System.Security.Cryptography;
using System.Text;
using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Security;

/// <summary>
/// Encrypts SSNs at rest with AES-256-GCM (a fresh nonce per value, the debtor-independent key from configuration) and
/// derives an HMAC-SHA256 match hash with a second key, so the same SSN can be found across records without decrypting.
/// Layout of a cipher: version (1 byte) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed class SsnProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public SsnProtector(IOptions<SecurityOptions> options)
    {
        _encryptionKey = Key(options.Value.SsnEncryptionKey, "Security:SsnEncryptionKey");
        _hashKey = Key(options.Value.SsnHashKey, "Security:SsnHashKey");
    }

    public ProtectedSsn Protect(string ssn)
    {
        var digits = Normalize(ssn);
        var plain = Encoding.ASCII.GetBytes(digits);
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_encryptionKey, TagSize))
        {
            aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        }

        return new ProtectedSsn(output, digits[^4..], MatchHash(digits));
    }

    public string Reveal(byte[] cipher)
    {
        if (cipher.Length < 1 + NonceSize + TagSize || cipher[0] != FormatVersion)
        {
            throw new CryptographicException("Not an SSN cipher of a known format.");
        }

        var plain = new byte[cipher.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(cipher.AsSpan(1, NonceSize), cipher.AsSpan(1 + NonceSize + TagSize), cipher.AsSpan(1 + NonceSize, TagSize), plain);
        return Encoding.ASCII.GetString(plain);
    }

    public byte[] MatchHash(string ssn) => HMACSHA256.HashData(_hashKey, Encoding.ASCII.GetBytes(Normalize(ssn)));

    /// <summary>Nine digits, dashes and spaces ignored; area 000, 666 and 9xx, group 00 and serial 0000 are never issued.</summary>
    public static string Normalize(string ssn)
    {
        var digits = new string(ssn.Where(c => c is not ('-' or ' ')).ToArray());
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits[..3] is "000" or "666" || digits[0] == '9' ||
            digits[3..5] == "00" || digits[5..] == "0000")
        {
            throw new DomainException("INVALID_SSN", "That is not a valid Social Security number (nine digits, as issued).");
        }

        return digits;
    }

    private static byte[] Key(string? base64, string name)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException($"{name} is not configured: a base64 32-byte key (./debthub makes one for local runs).");
        }

        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"{name} must be 32 bytes, base64-encoded.");
    }
}
