using System.Runtime.CompilerServices;
using System.Text;

namespace DebtHub.GraphQL.Language;

/// <summary>
/// The lexer of spec §2.1 over UTF-8 bytes. It keeps only the current token (kind and byte range); values are decoded
/// on demand. Ignored tokens (BOM, white space, line terminators, commas, comments) are skipped. Errors are worded as
/// graphql-js 16 words them.
/// </summary>
internal ref struct Lexer
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly Source _source;

    public Lexer(Source source)
    {
        _source = source;
        _body = source.Utf8.Span;
        Kind = TokenKind.StartOfFile;
    }

    public TokenKind Kind { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    /// <summary>End of the previous token: the end of a node's location.</summary>
    public int PreviousEnd { get; private set; }

    public readonly Source Source => _source;

    public readonly ReadOnlySpan<byte> Body => _body;

    public void Advance()
    {
        PreviousEnd = End;
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        var (kind, start, end) = ReadToken(End);
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly (TokenKind Kind, int Start, int End) Lookahead()
        => Kind == TokenKind.EndOfFile ? (Kind, Start, End) : ReadToken(End);

    public readonly bool IsName(string keyword) => Kind == TokenKind.Name && IsNameAt(Start, End, keyword);

    public readonly bool IsNameAt(int start, int end, string keyword)
    {
        if (end - start != keyword.Length)
        {
            return false;
        }

        for (var i = 0; i < keyword.Length; i++)
        {
            if (_body[start + i] != keyword[i])
            {
                return false;
            }
        }

        return true;
    }

    public readonly string NameValue() => NameTable.Get(_body[Start..End]);

    public readonly string RawValue() => NameTable.Get(_body[Start..End]);

    /// <summary>The value of the current token as graphql-js shows it in "found X" messages.</summary>
    public readonly string? DescribeValueAt(TokenKind kind, int start, int end) => kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Encoding.UTF8.GetString(_body[start..end]),
        TokenKind.String => StringValue(start, end),
        TokenKind.BlockString => BlockStringValue(start, end),
        _ => null,
    };

    public readonly string Describe(TokenKind kind, int start, int end)
    {
        var value = DescribeValueAt(kind, start, end);
        return value is null ? TokenKindText.Describe(kind) : TokenKindText.Describe(kind) + " \"" + value + "\"";
    }

    public readonly string DescribeCurrent() => Describe(Kind, Start, End);

    private readonly (TokenKind Kind, int Start, int End) ReadToken(int position)
    {
        var body = _body;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case (byte)'\t':
                case (byte)' ':
                case (byte)',':
                case (byte)'\n':
                case (byte)'\r':
                    position++;
                    continue;
                case 0xEF when position + 2 < body.Length && body[position + 1] == 0xBB && body[position + 2] == 0xBF:
                    position += 3; // byte order mark
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'!': return (TokenKind.Bang, position, position + 1);
                case (byte)'$': return (TokenKind.Dollar, position, position + 1);
                case (byte)'&': return (TokenKind.Amp, position, position + 1);
                case (byte)'(': return (TokenKind.ParenL, position, position + 1);
                case (byte)')': return (TokenKind.ParenR, position, position + 1);
                case (byte)'.':
                    if (At(position + 1) == '.' && At(position + 2) == '.')
                    {
                        return (TokenKind.Spread, position, position + 3);
                    }

                    break;
                case (byte)':': return (TokenKind.Colon, position, position + 1);
                case (byte)'=': return (TokenKind.Equals, position, position + 1);
                case (byte)'@': return (TokenKind.At, position, position + 1);
                case (byte)'[': return (TokenKind.BracketL, position, position + 1);
                case (byte)']': return (TokenKind.BracketR, position, position + 1);
                case (byte)'{': return (TokenKind.BraceL, position, position + 1);
                case (byte)'|': return (TokenKind.Pipe, position, position + 1);
                case (byte)'}': return (TokenKind.BraceR, position, position + 1);
                case (byte)'"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? (TokenKind.BlockString, position, ScanBlockString(position))
                        : (TokenKind.String, position, ScanString(position));
            }

            if (IsDigit(code) || code == '-')
            {
                return ScanNumber(position, code);
            }

            if (IsNameStart(code))
            {
                var end = position + 1;
                while (end < body.Length && IsNameContinue(body[end]))
                {
                    end++;
                }

                return (TokenKind.Name, position, end);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsValidScalar(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return (TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>Comment :: # CommentChar* — runs to the end of the line.</summary>
    private readonly int SkipComment(int position)
    {
        position++;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            if (Rune.DecodeFromUtf8(_body[position..], out _, out var size) != System.Buffers.OperationStatus.Done)
            {
                break; // the invalid sequence is reported as the next token
            }

            position += size;
        }

        return position;
    }

    /// <summary>IntValue :: IntegerPart; FloatValue :: IntegerPart FractionalPart? ExponentPart?</summary>
    private readonly (TokenKind, int, int) ScanNumber(int start, byte code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ScanDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ScanDigits(position, code);
            code = At(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code == '+' || code == '-')
            {
                code = At(++position);
            }

            position = ScanDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return (isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ScanDigits(int start, byte first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (position < _body.Length && IsDigit(_body[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>StringValue :: " StringCharacter* " — validates escapes; the value is decoded later.</summary>
    private readonly int ScanString(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                return position + 1;
            }

            if (code == '\\')
            {
                position += ReadEscape(position, out _, out _);
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            position += ScalarSize(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>BlockString :: """ BlockStringCharacter* """</summary>
    private readonly int ScanBlockString(int start)
    {
        var position = start + 3;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                return position + 3;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                position++;
                continue;
            }

            position += ScalarSize(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Decodes a string token (validated by the scan) to its value.</summary>
    public readonly string StringValue(int start, int end)
    {
        var content = _body[(start + 1)..(end - 1)];
        if (content.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(content);
        }

        var builder = new StringBuilder(content.Length);
        var position = start + 1;
        var chunkStart = position;
        while (position < end - 1)
        {
            if (_body[position] == '\\')
            {
                builder.Append(Encoding.UTF8.GetString(_body[chunkStart..position]));
                position += ReadEscape(position, out var first, out var second);
                builder.Append(first);
                if (second != '\0')
                {
                    builder.Append(second);
                }

                chunkStart = position;
                continue;
            }

            position++;
        }

        builder.Append(Encoding.UTF8.GetString(_body[chunkStart..position]));
        return builder.ToString();
    }

    /// <summary>Decodes a block string token with the spec's BlockStringValue() dedent algorithm.</summary>
    public readonly string BlockStringValue(int start, int end)
    {
        var raw = Encoding.UTF8.GetString(_body[(start + 3)..(end - 3)]).Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        return BlockString.Dedent(raw);
    }

    /// <summary>Reads one escape sequence at <paramref name="position"/> (a backslash); returns its length in bytes.</summary>
    private readonly int ReadEscape(int position, out char first, out char second)
    {
        second = '\0';
        var next = At(position + 1);
        if (next == 'u')
        {
            return At(position + 2) == '{'
                ? ReadVariableWidthEscape(position, out first, out second)
                : ReadFixedWidthEscape(position, out first, out second);
        }

        first = next switch
        {
            (byte)'"' => '"',
            (byte)'\\' => '\\',
            (byte)'/' => '/',
            (byte)'b' => '\b',
            (byte)'f' => '\f',
            (byte)'n' => '\n',
            (byte)'r' => '\r',
            (byte)'t' => '\t',
            _ => throw Error(position, $"Invalid character escape sequence: \"{SliceChars(position, 2)}\"."),
        };
        return 2;
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } — a Unicode scalar value.</summary>
    private readonly int ReadVariableWidthEscape(int position, out char first, out char second)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalar(point))
                {
                    break;
                }

                var rune = new Rune(point);
                Span<char> chars = stackalloc char[2];
                var written = rune.EncodeToUtf16(chars);
                first = chars[0];
                second = written == 2 ? chars[1] : '\0';
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceChars(position, size)}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, with a surrogate pair as two escapes.</summary>
    private readonly int ReadFixedWidthEscape(int position, out char first, out char second)
    {
        second = '\0';
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalar(code))
        {
            first = (char)code;
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                first = (char)code;
                second = (char)trailing;
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceChars(position, 6)}\".");
    }

    private readonly int Read16BitHex(int position)
        => (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    private static int HexValue(byte code) => code switch
    {
        >= (byte)'0' and <= (byte)'9' => code - '0',
        >= (byte)'A' and <= (byte)'F' => code - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalar(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>The size of the (valid) character at a position inside a string, or an "Invalid character" error.</summary>
    private readonly int ScalarSize(int position)
    {
        var code = _body[position];
        if (code < 0x80)
        {
            return 1;
        }

        if (Rune.DecodeFromUtf8(_body[position..], out _, out var size) == System.Buffers.OperationStatus.Done)
        {
            return size;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private readonly bool IsValidScalar(int position)
        => _body[position] < 0x80 || Rune.DecodeFromUtf8(_body[position..], out _, out _) == System.Buffers.OperationStatus.Done;

    /// <summary>graphql-js's printCodePointAt: "x" for printable ASCII, '"' for a quote, U+XXXX otherwise.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (code >= 0x80)
        {
            code = Rune.DecodeFromUtf8(_body[position..], out var rune, out _) == System.Buffers.OperationStatus.Done ? rune.Value : 0xFFFD;
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly string SliceChars(int position, int length)
        => Encoding.UTF8.GetString(_body[position..Math.Min(position + length, _body.Length)]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly byte At(int position) => (uint)position < (uint)_body.Length ? _body[position] : (byte)0;

    private static bool IsDigit(byte code) => code is >= (byte)'0' and <= (byte)'9';

    private static bool IsNameStart(byte code) => code is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_';

    private static bool IsNameContinue(byte code) => IsNameStart(code) || IsDigit(code);

    public readonly GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);
}
