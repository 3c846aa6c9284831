package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parser and validator on the real spec files: the bundled standard table and the seed document. */
class SpecParserTest {
  private static final String SEED = read("/seed/http-status-table.txt");
  private static final String STANDARD = read("/dev/statusgen/processor/http-status-codes.md");

  @Test
  void theSeedDocumentItselfIsAValidSpec() {
    StatusTable table = valid("http-status-table.txt", SEED);
    assertThat(table.classes()).hasSize(5);
    assertThat(table.codes()).hasSize(65);
  }

  @Test
  void theStandardSpecKeepsEverySeedRowWordForWordWithMarkersAsTags() {
    StatusTable table = valid("http-status-codes.md", STANDARD);
    Map<Integer, StatusCode> codes =
        table.codes().stream().collect(Collectors.toMap(StatusCode::code, c -> c));
    Matcher row = Pattern.compile("(?m)^(\\d{3}) \\| ([^|]+) \\| (.*) \\|$").matcher(SEED);
    int rows = 0;
    while (row.find()) {
      rows++;
      StatusCode code = codes.get(Integer.parseInt(row.group(1)));
      assertThat(code.name()).isEqualTo(row.group(2));
      String marker = code.has(Tag.WEBDAV) ? (row.group(3).startsWith("WebDAV ") ? "WebDAV " : "WebDAV")
          : code.has(Tag.EXPERIMENTAL) ? "Experimental" : "";
      assertThat(marker + code.description()).isEqualTo(row.group(3));
    }
    assertThat(rows).isEqualTo(65);
    assertThat(codes.keySet()).hasSize(65);
  }

  @Test
  void theStandardSpecTagsWhatTheDescriptionsSay() {
    Map<Integer, List<String>> tagged = valid("http-status-codes.md", STANDARD).codes().stream()
        .filter(c -> !c.tags().isEmpty())
        .collect(Collectors.toMap(StatusCode::code,
            c -> c.tags().stream().sorted().map(Tag::spelling).toList()));
    assertThat(tagged).containsExactly(
        102, List.of("webdav"), 207, List.of("webdav"), 208, List.of("webdav"),
        305, List.of("deprecated"), 306, List.of("unused"),
        422, List.of("webdav"), 423, List.of("webdav"), 424, List.of("webdav"), 425, List.of("experimental"),
        449, List.of("non-standard"), 507, List.of("webdav"), 508, List.of("webdav"), 509, List.of("non-standard"));
  }

  @Test
  void theStandardClassesKeepTheSeedsNamesAndDescriptions() {
    List<StatusClass> classes = valid("http-status-codes.md", STANDARD).classes();
    assertThat(classes.stream().map(StatusClass::id).toList())
        .containsExactly("INFORMATIONAL", "SUCCESSFUL", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR").inOrder();
    for (StatusClass c : classes) {
      assertThat(SEED).contains(c.firstCode() + " - " + c.lastCode() + " | " + c.name() + " | "
          + c.description() + " |");
    }
  }

  @Test
  void nonStandardTaggedCodesAreNotStandard() {
    Map<Integer, Boolean> standard = valid("http-status-codes.md", STANDARD).codes().stream()
        .collect(Collectors.toMap(StatusCode::code, StatusCode::standard));
    assertThat(standard.get(449)).isFalse();
    assertThat(standard.get(509)).isFalse();
    assertThat(standard.get(404)).isTrue();
    assertThat(standard.values().stream().filter(s -> !s).count()).isEqualTo(2);
  }

  private static StatusTable valid(String file, String text) {
    Problems problems = new Problems();
    StatusTable table = SpecValidator.validate(SpecParser.parse(file, text, problems), problems).orElse(null);
    assertThat(problems.sorted()).isEmpty();
    return table;
  }

  private static String read(String resource) {
    try (InputStream in = SpecParserTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
