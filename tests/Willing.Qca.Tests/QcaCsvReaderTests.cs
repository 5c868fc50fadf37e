using System.Text;
using Willing.Qca.Data;

namespace Willing.Qca.Tests;

public sealed class QcaCsvReaderTests
{
    private static QcaCsvReader.Result Read(string text, QcaCsvOptions? options = null) => QcaCsvReader.ReadText("d.csv", text, options);

    [Fact]
    public void ReadFile_LipsetRaw_GivesEveryCaseAndColumn()
    {
        var data = Lipset.Raw;

        Assert.Equal(Lipset.Cases, data.Cases);
        Assert.Equal(["DEV", "URB", "LIT", "IND", "STB", "SURV"], data.ColumnNames);
        Assert.Equal(string.Empty, data.LabelHeader);
        Assert.Equal(720, data.Column("DEV").Values[0]);
        Assert.Equal(-9, data.Column("SURV").Values[0]);
        Assert.Equal(49.9, data.Column("IND").Values[^1]);
        Assert.Empty(data.Missing);
    }

    [Fact]
    public void Read_MissingValues_AreKeptAsNaNAndListed()
    {
        var r = Read("case,A,B\nx,0.5,NA\ny,,1e-1\n z ,1, 0.25 \n");

        Assert.Empty(r.Errors);
        var data = r.Data!;
        Assert.Equal(["x", "y", "z"], data.Cases.AsEnumerable());
        Assert.True(double.IsNaN(data.Column("B").Values[0]));
        Assert.Equal(0.1, data.Column("B").Values[1]);
        Assert.Equal([new MissingCell("x", "B"), new MissingCell("y", "A")], data.Missing.AsEnumerable());
        Assert.Equal(1, data.Column("A").MissingCount);
    }

    [Fact]
    public void Read_EveryErrorIsLocatedWithItsColumn_AllAtOnce()
    {
        var r = Read("case,A,B\nx,0.5,abc\n,1,1\nx,2,3\ny,0,5,6\n");

        Assert.Null(r.Data);
        Assert.Equal(
            [
                "d.csv:2:7: error: 'abc' is not a number (write NA for a missing value) (B)",
                "d.csv:3:1: error: the case label is empty: every row starts with the case's name (case)",
                "d.csv:4:1: error: the case 'x' is already on line 2: case labels must be unique (case)",
                "d.csv:5:1: error: this row has 4 fields but the header has 3 ($)",
            ],
            r.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("case,A,A\nx,1,1\n", "d.csv:1:8: error: the column name 'A' is used twice (first as column 2) (A)")]
    [InlineData("case,A,\nx,1,1\n", "d.csv:1:8: error: column 3 has no name ($)")]
    [InlineData("case\nx\n", "d.csv:1:1: error: the header has no set columns: QCA data name the case label column first, then one column per set (e.g. case,DEV,URB,SURV) ($)")]
    [InlineData("case,A\nx,\"0,5\"\n", "d.csv:2:3: error: '0,5' is not a number: write the decimal point as '.' (A)")]
    [InlineData("case,A\nx,1e400\n", "d.csv:2:3: error: '1e400' is not a finite number (A)")]
    [InlineData("case,A\nx,Infinity\n", "d.csv:2:3: error: 'Infinity' is not a finite number (A)")]
    [InlineData("case,A\nx,1\ny,\"2\n", "d.csv:3:3: error: a quoted field is never closed: add the closing '\"' ($)")]
    [InlineData("case,A\n", "d.csv:2:1: error: the file has a header but no cases ($)")]
    [InlineData(" \n\n", "d.csv:1:1: error: the file is empty: QCA data start with a header row (the case label column, then the sets) ($)")]
    [InlineData("case,A\n\"two\nlines\",1\n", "d.csv:2:1: error: the case label 'two\\nlines' contains U+000A (a control character): remove it (case)")]
    [InlineData("\n\ncase,A,A\nx,1,1\n", "d.csv:3:8: error: the column name 'A' is used twice (first as column 2) (A)")]
    [InlineData("case,A\nx,1\ry,abc\n", "d.csv:2:7: error: 'abc' is not a number (write NA for a missing value) (A)")]
    [InlineData("case,A\nx\u202E,1\n", "d.csv:2:1: error: the case label 'x\\u202E' contains U+202E (a bidirectional formatting character): remove it (case)")]
    public void Read_BadFiles_GiveOneLocatedError(string text, string expected)
    {
        var r = Read(text);

        Assert.Null(r.Data);
        Assert.Equal(expected, Assert.Single(r.Errors).ToString());
    }

    [Fact]
    public void Read_BadBytesAndLimits_GiveOneLocatedError()
    {
        var badUtf8 = QcaCsvReader.Read("d.csv", new byte[] { (byte)'c', (byte)',', (byte)'A', (byte)'\n', (byte)'x', (byte)',', 0xff, (byte)'\n' });
        Assert.Equal("d.csv:2:3: error: the file is not valid UTF-8 here: save it as UTF-8 ($)", Assert.Single(badUtf8.Errors).ToString());
        var nul = QcaCsvReader.Read("d.csv", "c,A\nx,\01\n"u8.ToArray());
        Assert.Contains("NUL byte", Assert.Single(nul.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("larger than", Read("c,A\nx,1\n", new QcaCsvOptions(MaxFileBytes: 4)).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("more than 2 rows", Read("c,A\nx,1\ny,1\nz,1\n", new QcaCsvOptions(MaxRows: 2)).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("more than 2", Read("c,A,B\nx,1,1\n", new QcaCsvOptions(MaxColumns: 2)).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("longer than 3", Read("c,A\nlabel,1\n", new QcaCsvOptions(MaxLabelLength: 3)).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("no such file", QcaCsvReader.ReadFile("/nonexistent/x.csv").Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyErrors_AreCappedWithACount()
    {
        var text = new StringBuilder("c,A\n");
        for (int i = 0; i < 50; i++)
            text.Append('x').Append(i).Append(",bad\n");

        var errors = Read(text.ToString(), new QcaCsvOptions(MaxErrors: 10)).Errors;

        Assert.Equal(11, errors.Count);
        Assert.Contains("40 more errors", errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LargeAndHostileFiles_InBoundedTime()
    {
        var big = new StringBuilder("case,A,B,C,D,E,F,G,H\n");
        for (int i = 0; i < 50_000; i++)
            big.Append('c').Append(i).Append(",0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8\n");
        // One editor line of 100,000 records (lone CRs), each with a bad cell and a stray quote: every error located on that line.
        var hostile = new StringBuilder("case,A\n");
        for (int i = 0; i < 100_000; i++)
            hostile.Append('r').Append(i).Append(",x\"\r");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var read = Read(big.ToString());
        var refused = Read(hostile.ToString());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(50_000, read.Data!.CaseCount);
        Assert.Equal(101, refused.Errors.Count);
        Assert.All(refused.Errors.Take(100), e => Assert.Equal(2, e.Line));
    }

    [Fact]
    public void Read_QuotedFieldsBomAndCrlf_AreRead()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF\"case\",\"A, the first\"\r\n\"Côte d'Ivoire\",\"0.5\"\r\n\"Korea, \"\"South\"\"\",1\r\n");

        var r = QcaCsvReader.Read("d.csv", bytes);

        Assert.Empty(r.Errors);
        Assert.Equal(["Côte d'Ivoire", "Korea, \"South\""], r.Data!.Cases.AsEnumerable());
        Assert.Equal("A, the first", r.Data.Columns[0].Name);
    }

    [Fact]
    public void Read_MutatedFiles_NeverThrow_AndEveryErrorIsLocated()
    {
        byte[][] seeds = [Lipset.Bytes("lipset-raw.csv"), Lipset.Bytes("lipset-fuzzy.csv"), "case,A,B\nx,NA,\"0.5\"\n\"y\",1,0\n"u8.ToArray()];

        var summary = InputFuzzer.Run(seeds, 1000, 17, bytes =>
        {
            var r = QcaCsvReader.Read("fuzz.csv", bytes);
            Assert.True((r.Data is null) != (r.Errors.Count == 0));
            InputAssert.Located(bytes, r.Errors);
            Assert.True(r.Errors.Count <= 101);
            if (r.Data is { } data)
            {
                Assert.Equal(data.Cases.Length, data.Cases.Distinct().Count());
                Assert.All(data.Columns, c => Assert.Equal(data.CaseCount, c.Values.Length));
                Assert.All(data.Columns, c => Assert.DoesNotContain(c.Values, double.IsInfinity));
            }

            return r.Data is not null;
        });

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"accepted {summary.Accepted}, rejected {summary.Rejected}");
        Assert.True(summary.Slowest < TimeSpan.FromSeconds(2), $"slowest input took {summary.Slowest}");
    }
}
