package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry file as a project downloads it: the forms of CSV that RFC 4180 allows all read alike, a name wrapped
 * over lines included, and every mistake is an error that names the file, the line and, where it helps, the
 * column, under javac and ECJ alike.
 */
class RegistryCsvTest {
    private static final String HOLDER = "spec = \"registry.csv\"";

    /** A registry file with a quoted name that holds a comma and doubled quotes, and a row with two references. */
    private static final List<String> PLAIN = List.of(
            "Value,Description,Reference",
            "100,Continue,\"[RFC9110, Section 15.2.1]\"",
            "101-199,Unassigned,",
            "200,OK,\"[RFC9110, Section 15.3.1]\"",
            "299,\"Nearly, \"\"almost\"\" done\",[RFC9110][draft-ietf-httpbis-nearly-00]",
            "300-599,Unassigned,");

    @TempDir
    Path dir;

    @ProcessorTest
    void quotedFieldsHoldCommasAndDoubledQuotes(Compiler compiler) {
        FileCompilation compilation = compile(compiler, String.join("\n", PLAIN) + "\n");
        Expect.clean(compilation);
        String status = compilation.generatedSource("p/HttpStatus.java");
        assertThat(status).contains("NEARLY_ALMOST_DONE(299, \"Nearly, \\\"almost\\\" done\"");
        assertThat(status)
                .contains("new HttpStatusCode.Reference(\"RFC 9110\", \"https://www.rfc-editor.org/rfc/rfc9110.html\"),"
                        + " new HttpStatusCode.Reference(\"draft-ietf-httpbis-nearly-00\","
                        + " \"https://datatracker.ietf.org/doc/draft-ietf-httpbis-nearly-00/\")");
        assertThat(status).contains("CONTINUE(100, \"Continue\"");
        assertThat(status).doesNotContain("UNASSIGNED");
    }

    @ProcessorTest
    void everyFormOfCsvReadsAlike(Compiler compiler) {
        String plain = String.join("\n", PLAIN) + "\n";
        FileCompilation expected = compile(compiler, plain);
        List<String> forms = List.of(
                plain.replace("\n", "\r\n"),
                "\uFEFF" + plain,
                "\uFEFF" + plain.replace("\n", "\r\n"),
                plain.strip(),
                plain.replace("\n", "\n\n"),
                plain.replace("Value,Description,Reference", "REFERENCE , value,Description")
                        .replace(
                                "100,Continue,\"[RFC9110, Section 15.2.1]\"",
                                "\"[RFC9110, Section 15.2.1]\",100,Continue")
                        .replace("101-199,Unassigned,", ",101-199,Unassigned")
                        .replace("200,OK,\"[RFC9110, Section 15.3.1]\"", "\"[RFC9110, Section 15.3.1]\",200,OK")
                        .replace(
                                "299,\"Nearly, \"\"almost\"\" done\",[RFC9110][draft-ietf-httpbis-nearly-00]",
                                "[RFC9110][draft-ietf-httpbis-nearly-00],299,\"Nearly, \"\"almost\"\" done\"")
                        .replace("300-599,Unassigned,", ",300-599,Unassigned"),
                plain.replace("100,Continue,", "\"100\",\"Continue\",").replace("200,OK,", "\"200\",\"OK\","),
                // A name wrapped over lines inside its quotes: one line again, since it is a reason phrase.
                plain.replace("\"Nearly, \"\"almost\"\" done\"", "\"Nearly,\n \"\"almost\"\"\r\n\tdone\""));
        for (String form : forms) {
            assertWithMessage("the form %s", form).that(form).isNotEqualTo(plain);
            FileCompilation compilation = compile(compiler, form);
            assertWithMessage("the form %s: what the compiler reported", form)
                    .that(compilation.diagnostics())
                    .isEmpty();
            assertWithMessage("the form %s: the sources", form)
                    .that(compilation.generatedSources())
                    .containsExactlyEntriesIn(expected.generatedSources());
        }
    }

    @ProcessorTest
    void aFileWithoutAReferenceColumnHasNoReferences(Compiler compiler) {
        FileCompilation compilation = compile(compiler, "Value,Description\n200,OK\n");
        Expect.clean(compilation);
        assertThat(compilation.generatedSource("p/HttpStatus.java"))
                .contains("OK(200, \"OK\", HttpStatusClass.SUCCESSFUL, tagSet(), stringList(), referenceList(),");
    }

    @ProcessorTest
    void aMissingValueColumn(Compiler compiler) {
        expect(
                compiler,
                "Code,Description,Reference\n200,OK,[RFC9110]\n",
                "registry.csv:1: the registry file has no column \"Value\"; expected the header"
                        + " Value,Description,Reference");
    }

    @ProcessorTest
    void aMissingDescriptionColumn(Compiler compiler) {
        expect(
                compiler,
                "\n\nValue,Name,Reference\n200,OK,[RFC9110]\n",
                "registry.csv:3: the registry file has no column \"Description\"; expected the header"
                        + " Value,Description,Reference");
    }

    @ProcessorTest
    void neitherColumn(Compiler compiler) {
        expect(
                compiler,
                "Code,Name\n200,OK\n",
                "registry.csv:1: the registry file has no column \"Value\"; expected the header"
                        + " Value,Description,Reference",
                "registry.csv:1: the registry file has no column \"Description\"; expected the header"
                        + " Value,Description,Reference");
    }

    @ProcessorTest
    void anEmptyFile(Compiler compiler) {
        expect(
                compiler,
                "",
                "registry.csv:1: the registry file has no column \"Value\"; expected the header"
                        + " Value,Description,Reference");
    }

    @ProcessorTest
    void anUnclosedQuote(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,OK,[RFC9110]\n201,\"Created,[RFC9110]\n202,Accepted,[RFC9110]\n",
                "registry.csv:3:5: unclosed quote: the quoted field that starts here has no closing quote");
    }

    @ProcessorTest
    void valuesThatAreNeitherACodeNorARange(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,OK,\n4O4,Not Found,\n1000,Big,\n20,Short,\n",
                "registry.csv:3:1: \"4O4\" is neither a 3-digit code nor a range such as 105-199",
                "registry.csv:4:1: \"1000\" is neither a 3-digit code nor a range such as 105-199",
                "registry.csv:5:1: \"20\" is neither a 3-digit code nor a range such as 105-199");
    }

    @ProcessorTest
    void theSameCodeTwice(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,OK,\n201,Created,\n200,Okay,\n",
                "registry.csv:4:1: duplicate code 200 (first defined on line 2)");
    }

    @ProcessorTest
    void rowsWithTheWrongNumberOfFields(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,OK\n201,Created,[RFC9110],extra\n202,Accepted,\n",
                "registry.csv:2: the row has 2 fields where the header has 3",
                "registry.csv:3: the row has 4 fields where the header has 3");
    }

    @ProcessorTest
    void aQuotedFieldOverSeveralLinesCountsThemAll(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,\"OK,\nreally\",\n201,Created,\n200,Again,\n",
                "registry.csv:5:1: duplicate code 200 (first defined on line 2)");
    }

    @ProcessorTest
    void referencesThatAreNotLinksOrBracketed(Compiler compiler) {
        expect(
                compiler,
                "Value,Description,Reference\n200,OK,http://example.com/\n201,Created,\"[RFC9110\"\n"
                        + "202,Accepted, [RFC9110\n",
                "registry.csv:2:8: \"http://example.com/\" is not an https URL; a reference is an https URL or a"
                        + " bracketed reference such as [RFC9110, Section 15.5.5]",
                "registry.csv:3:14: reference \"[RFC9110\" has no closing ]",
                "registry.csv:4:15: reference \"[RFC9110\" has no closing ]");
    }

    @ProcessorTest
    void aRegistryThatIsNotUtf8(Compiler compiler) {
        byte[] bytes =
                "Value,Description,Reference\n200,OK,\n201,Cr\u00e9\u00e9,\n".getBytes(StandardCharsets.ISO_8859_1);
        Expect.errors(
                compiler.holder(HOLDER).spec("registry.csv", bytes).compile(dir),
                "registry.csv:3: the spec is not valid UTF-8 (a malformed byte sequence at byte 42)");
    }

    private FileCompilation compile(Compiler compiler, String csv) {
        return compiler.holder(HOLDER).spec("registry.csv", csv).compile(dir);
    }

    private void expect(Compiler compiler, String csv, String... errors) {
        Expect.errors(compile(compiler, csv), errors);
    }
}
