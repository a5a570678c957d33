using DebtHub.Infrastructure.Import;

namespace DebtHub.Infrastructure.Tests.Import;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_count_physically()
    {
        var reader = new CsvRecordReader(new StringReader("a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n\nlast,\n"));

        Assert.Equal(["a", "b"], reader.Read()!);
        Assert.Equal(1, reader.RecordLine);
        Assert.Equal(["1,5", "say \"hi\""], reader.Read()!);
        Assert.Equal(2, reader.RecordLine);
        Assert.Equal(["two\nlines", "x"], reader.Read()!);
        Assert.Equal(3, reader.RecordLine);
        Assert.Equal(["last", ""], reader.Read()!);
        Assert.Equal(6, reader.RecordLine); // the blank line 5 is skipped
        Assert.Null(reader.Read());
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_the_line_it_opens_on()
    {
        var reader = new CsvRecordReader(new StringReader("a,b\n1,\"open\n2,3\n"));
        reader.Read();

        var error = Assert.Throws<CsvSyntaxException>(() => reader.Read());

        Assert.Equal(2, error.Line);
        Assert.Equal("a quoted field is not closed before the end of the file.", error.Message);
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_refused()
    {
        var reader = new CsvRecordReader(new StringReader("a,b\n1,ab\"c\n"));
        reader.Read();

        Assert.Equal(2, Assert.Throws<CsvSyntaxException>(() => reader.Read()).Line);
    }
}
