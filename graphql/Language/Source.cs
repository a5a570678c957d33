using System.Text;

namespace DebtHub.GraphQL.Language;

/// <summary>
/// The UTF-8 text of one document. Nodes and tokens hold byte offsets into it; line and column are computed only when
/// someone asks (errors), counting columns in UTF-16 code units and line breaks as \r\n, \n or \r, as graphql-js does.
/// </summary>
public sealed class Source
{
    public Source(ReadOnlyMemory<byte> utf8, string name = "GraphQL request")
    {
        Utf8 = utf8;
        Name = name;
    }

    public Source(string text, string name = "GraphQL request")
        : this(Encoding.UTF8.GetBytes(text), name)
    {
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public string Name { get; }

    /// <summary>The text between two byte offsets.</summary>
    public string Slice(int start, int end) => Encoding.UTF8.GetString(Utf8.Span[start..end]);

    public SourceLocation GetLocation(int offset)
    {
        var span = Utf8.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var b = span[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < span.Length && span[i + 1] == (byte)'\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            var b = span[i];
            if ((b & 0xC0) != 0x80)
            {
                // A 4-byte sequence is a surrogate pair in UTF-16: two columns.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return new SourceLocation(line, lineStart > offset ? 1 : column);
    }
}
