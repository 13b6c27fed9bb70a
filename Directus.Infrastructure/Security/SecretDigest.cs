using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Directus.Infrastructure.Security;

/// <summary>
/// A secret kept only as its SHA-256 digest. Candidates are hashed too and the digests compared in fixed
/// time, so neither the secret's characters nor its length show in how long a comparison takes.
/// </summary>
public sealed class SecretDigest
{
    private const int StackLimit = 512;

    private readonly byte[] _digest;
    private readonly bool _isEmpty;

    private SecretDigest(byte[] digest, bool isEmpty)
    {
        _digest = digest;
        _isEmpty = isEmpty;
    }

    /// <summary>Keeps <paramref name="secret"/> as its digest only.</summary>
    public static SecretDigest Of(string secret)
    {
        var digest = new byte[SHA256.HashSizeInBytes];
        Hash(secret, digest);
        return new SecretDigest(digest, secret.Length == 0);
    }

    /// <summary>Ordinal, case-sensitive, untrimmed equality; an empty secret matches nothing.</summary>
    public bool Matches(string candidate)
    {
        Span<byte> candidateDigest = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(candidate, candidateDigest);
        return CryptographicOperations.FixedTimeEquals(candidateDigest, _digest) & !_isEmpty;
    }

    private static void Hash(string text, Span<byte> destination)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer[..length], destination);
        }
        finally
        {
            if (rented is not null)
            {
                CryptographicOperations.ZeroMemory(rented);
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
