using System.Text;

namespace DebtHub.Infrastructure.Import;

/// <summary>
/// A small RFC 4180 reader (comma-separated, double-quoted fields with "" escapes, CRLF or LF, quoted line breaks) that
/// knows the physical line each record starts on, which is what a creditor needs to find a bad row in its file.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private int _line = 1;

    /// <summary>The line the last record read starts on (the first line of the file is 1).</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record, or null at the end. A malformed quote is reported as a <see cref="CsvSyntaxException"/>.</summary>
    public string[]? Read()
    {
        var next = reader.Peek();
        if (next == -1)
        {
            return null;
        }

        RecordLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c == -1)
                {
                    throw new CsvSyntaxException(RecordLine, "a quoted field is not closed before the end of the file.");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    throw new CsvSyntaxException(_line, "a quote inside an unquoted field (quote the whole field and double the quote).");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r' or -1:
                    if (c != -1)
                    {
                        _line++;
                    }

                    fields.Add(field.ToString());
                    return fields.Count == 1 && fields[0].Length == 0 && !wasQuoted ? (reader.Peek() == -1 ? null : Read()) : fields.ToArray();
                default:
                    if (wasQuoted && !char.IsWhiteSpace((char)c))
                    {
                        throw new CsvSyntaxException(_line, "text after the closing quote of a field.");
                    }

                    if (!wasQuoted)
                    {
                        field.Append((char)c);
                    }

                    break;
            }
        }
    }
}

/// <summary>A file that is not well-formed CSV, at the given line.</summary>
internal sealed class CsvSyntaxException(int line, string message) : FormatException(message)
{
    public int Line { get; } = line;
}
