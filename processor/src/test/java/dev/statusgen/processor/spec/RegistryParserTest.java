package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the IANA registry's CSV reads as rows: RFC 4180 fields, the registry's conventions, and the errors. */
class RegistryParserTest {

    @Test
    void aRowWithOneCodeIsACodeRow() {
        CodeRow row = onlyRow("Value,Description,Reference\n200,OK,\"[RFC9110, Section 15.3.1]\"\n");
        assertThat(row.code()).isEqualTo(200);
        assertThat(row.name()).isEqualTo("OK");
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.column()).isEqualTo(1);
        assertThat(row.tags()).isEmpty();
        assertThat(row.aliases()).isEmpty();
        assertThat(row.references())
                .containsExactly(new Reference(
                        "RFC 9110, Section 15.3.1", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"));
        assertThat(row.description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry. Defined in RFC 9110, Section 15.3.1.");
    }

    @Test
    void rangesAndUnassignedRowsAreGaps() {
        ParsedSpec spec = valid(
                "Value,Description,Reference\n100,Continue,\n101-199,Unassigned,\n509,Unassigned,\n512 - 599,Reserved,\n");
        assertThat(spec.codes().stream().map(CodeRow::code).toList()).containsExactly(100);
    }

    @Test
    void aStatusInParenthesesIsATag() {
        List<CodeRow> rows = valid(String.join(
                        "\n",
                        "Value,Description,Reference",
                        "104,Upload Resumption Supported (TEMPORARY - registered 2024-11-13),",
                        "306,(Unused),",
                        "510,Not Extended (obsoleted),",
                        "299,Nearly (draft),",
                        ""))
                .codes();
        assertThat(rows.stream().map(CodeRow::name).toList())
                .containsExactly("Upload Resumption Supported", "Unused 306", "Not Extended", "Nearly (draft)")
                .inOrder();
        assertThat(rows.stream()
                        .map(r -> r.tags().stream().map(CodeRow.Item::text).toList())
                        .toList())
                .containsExactly(List.of("experimental"), List.of("unused"), List.of("deprecated"), List.of())
                .inOrder();
        assertThat(rows.get(1).description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry with the status (Unused).");
        assertThat(rows.get(3).description()).isEqualTo("Registered in the IANA HTTP Status Code Registry.");
    }

    @Test
    void aStatusEndsANameThatHoldsLineEndsOrOtherSpaces() {
        List<CodeRow> rows = valid("Value,Description,Reference\n"
                        + "299,\"Two\nlines (OBSOLETED)\",\n"
                        + "298,Line\u2028separator (Unused),\n"
                        + "297,Ideographic space\u3000(OBSOLETED),\n")
                .codes();
        assertThat(rows.stream().map(CodeRow::name).toList())
                .containsExactly("Two lines", "Line\u2028separator", "Ideographic space")
                .inOrder();
        assertThat(rows.stream()
                        .map(r -> r.tags().stream().map(CodeRow.Item::text).toList())
                        .toList())
                .containsExactly(List.of("deprecated"), List.of("unused"), List.of("deprecated"))
                .inOrder();
    }

    @Test
    void theDescriptionNamesEveryReference() {
        CodeRow row = onlyRow("Value,Description,Reference\n510,Not Extended,[RFC2774][RFC1][draft-x-1]\n");
        assertThat(row.description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry. Defined in RFC 2774, RFC 1 and"
                        + " draft-x-1.");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineEnds() {
        List<CodeRow> rows = valid("Value,Description,Reference\n"
                        + "299,\"Nearly, \"\"almost\"\" done\",\n"
                        + "298,\"Two\r\nlines\",\n"
                        + "\"297\",\"Quoted\",\"\"\n")
                .codes();
        assertThat(rows.stream().map(CodeRow::name).toList())
                .containsExactly("Nearly, \"almost\" done", "Two lines", "Quoted")
                .inOrder();
        assertThat(rows.stream().map(CodeRow::line).toList())
                .containsExactly(2, 3, 5)
                .inOrder();
    }

    @Test
    void headersAreFoundByNameInAnyOrderAndCase() {
        CodeRow row = onlyRow(" reference ,DESCRIPTION,Value\n[RFC2518],Processing,102\n");
        assertThat(row.code()).isEqualTo(102);
        assertThat(row.name()).isEqualTo("Processing");
        assertThat(row.column()).isEqualTo(22);
        assertThat(row.references()).hasSize(1);
        assertThat(onlyRow("Value,Description\n102,Processing\n").references()).isEmpty();
    }

    @Test
    void aByteOrderMarkCrlfAndBlankLinesAreNothing() {
        ParsedSpec spec = valid("\uFEFFValue,Description,Reference\r\n\r\n200,OK,\r\n\r\n201,Created,");
        assertThat(spec.codes().stream().map(CodeRow::line).toList())
                .containsExactly(3, 5)
                .inOrder();
    }

    @Test
    void theClassesAreThoseOfRfc9110() {
        ParsedSpec spec = valid("Value,Description,Reference\n200,OK,\n");
        assertThat(spec.classes().stream()
                        .map(c -> c.firstCode() + "-" + c.lastCode() + " " + c.id() + " " + c.name())
                        .toList())
                .containsExactly(
                        "100-199 INFORMATIONAL Informational",
                        "200-299 SUCCESSFUL Successful",
                        "300-399 REDIRECTION Redirection",
                        "400-499 CLIENT_ERROR Client Error",
                        "500-599 SERVER_ERROR Server Error")
                .inOrder();
        assertThat(spec.hasClassTable()).isTrue();
        assertThat(spec.hasCodeTable()).isTrue();
        assertThat(spec.tags()).isEmpty();
    }

    @Test
    void missingColumns() {
        assertThat(problems(""))
                .containsExactly("r.csv:1: the registry file has no column \"Value\"; expected the header"
                        + " Value,Description,Reference");
        assertThat(problems("\nCode,Description\n200,OK\n"))
                .containsExactly("r.csv:2: the registry file has no column \"Value\"; expected the header"
                        + " Value,Description,Reference");
        assertThat(problems("Value,Name\n200,OK\n"))
                .containsExactly("r.csv:1: the registry file has no column \"Description\"; expected the header"
                        + " Value,Description,Reference");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertThat(problems("Value,Description\n200,OK\n201,\"Created\n202,Accepted\n"))
                .containsExactly("r.csv:3:5: unclosed quote: the quoted field that starts here has no closing quote");
    }

    @Test
    void rowProblemsGiveTheirLineAndColumn() {
        assertThat(problems("Value,Description,Reference\n"
                        + "4O4,Not Found,\n"
                        + "1000,Big,\n"
                        + "200,OK\n"
                        + "201,,\n"
                        + "202,Accepted,\"[RFC9110\"\n"
                        + "203,Copied,  http://example.com\n"))
                .containsExactly(
                        "r.csv:2:1: \"4O4\" is neither a 3-digit code nor a range such as 105-199",
                        "r.csv:3:1: \"1000\" is neither a 3-digit code nor a range such as 105-199",
                        "r.csv:4: the row has 2 fields where the header has 3",
                        "r.csv:5:5: empty name for code 201",
                        "r.csv:6:15: reference \"[RFC9110\" has no closing ]",
                        "r.csv:7:14: \"http://example.com\" is not an https URL; a reference is an https URL or a"
                                + " bracketed reference such as [RFC9110, Section 15.5.5]")
                .inOrder();
    }

    private static CodeRow onlyRow(String csv) {
        List<CodeRow> rows = valid(csv).codes();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static ParsedSpec valid(String csv) {
        Problems problems = new Problems();
        ParsedSpec spec = RegistryParser.parse("r.csv", SpecDecoder.text(csv), problems);
        assertThat(problems.sorted()).isEmpty();
        return spec;
    }

    private static List<String> problems(String csv) {
        Problems problems = new Problems();
        RegistryParser.parse("r.csv", SpecDecoder.text(csv), problems);
        return problems.sorted().stream().map(Problem::render).toList();
    }
}
