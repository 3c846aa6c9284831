package dev.statusgen.sample.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusgen.sample.view.ReferenceTags.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the tags of a Markdown reference as statusgen writes it, with spec text escaped for Markdown. */
class ReferenceTagsTest {
    @Test
    void readsEachTagWithItsDescriptionWithoutTheEscapes() {
        String reference = """
                # HTTP status codes

                | Code | Name | Constant | Tags | Description |
                |---|---|---|---|---|
                | 404 | Not Found | `NOT_FOUND` | cacheable | The server can not find it. |

                ## Tags

                | Tag | Predicate | Description | Codes |
                |---|---|---|---|
                | webdav | `isWebdav()` | A WebDAV extension of HTTP. | 102, 207 |
                | edge | `isEdge()` | Sent by the \\<edge\\> proxy \\| not the app; \\\\ \\*not\\* \\[a link\\](x). | none |
                """;
        assertEquals(
                List.of(
                        new Tag("webdav", "A WebDAV extension of HTTP."),
                        new Tag("edge", "Sent by the <edge> proxy | not the app; \\ *not* [a link](x).")),
                ReferenceTags.read(reference));
    }

    @Test
    void findsTheColumnsByName() {
        String reference = """
                ## Tags

                | Codes | Description | Tag |
                |---|---|---|
                | 425 | An experimental code. | experimental |
                """;
        assertEquals(List.of(new Tag("experimental", "An experimental code.")), ReferenceTags.read(reference));
    }

    @Test
    void readsNoTagsFromAReferenceWithoutATagsTable() {
        assertEquals(List.of(), ReferenceTags.read("# HTTP status codes\n\n## Classes\n"));
    }

    @Test
    void refusesATagsTableWithoutADescriptionColumn() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ReferenceTags.read("## Tags\n\n| Tag | Codes |\n|---|---|\n"));
        assertEquals("The table under ## Tags has no column Description", e.getMessage());
    }
}
