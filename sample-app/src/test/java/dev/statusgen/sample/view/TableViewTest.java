package dev.statusgen.sample.view;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusgen.sample.web.SpecTable;
import dev.statusgen.sample.web.SpecTable.SpecClass;
import dev.statusgen.sample.web.SpecTable.SpecCode;
import dev.statusgen.sample.web.SpecTable.SpecReference;
import dev.statusgen.sample.web.SpecTable.SpecTag;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The views of the standard table, built from the generated code, against the spec that it was generated from. */
class TableViewTest {
    private static final TableView TABLE = TableView.standard();
    private static SpecTable spec;

    @BeforeAll
    static void readSpec() throws IOException {
        spec = SpecTable.read();
    }

    @Test
    void hasTheClassesOfTheSpec() {
        assertEquals(
                spec.classes().stream()
                        .map(c -> new ClassView(c.id(), c.name(), c.first(), c.last(), c.description()))
                        .toList(),
                TABLE.classes());
    }

    @Test
    void hasEveryCodeOfTheSpecAsTheSpecSays() {
        assertEquals(spec.codes().size(), TABLE.statuses().size());
        for (int i = 0; i < spec.codes().size(); i++) {
            SpecCode expected = spec.codes().get(i);
            StatusView actual = TABLE.statuses().get(i);
            SpecClass statusClass = spec.classOf(expected.code());
            String code = "code " + expected.code();
            assertAll(
                    code,
                    () -> assertEquals(expected.code(), actual.code()),
                    () -> assertEquals(expected.name(), actual.name()),
                    () -> assertEquals(expected.description(), actual.description()),
                    () -> assertEquals(statusClass.id(), actual.statusClass().id()),
                    () -> assertEquals(
                            expected.tags(),
                            actual.tags().stream().map(TagView::id).toList()),
                    () -> assertEquals(expected.aliases(), actual.aliases()),
                    () -> assertEquals(
                            expected.references(),
                            actual.references().stream()
                                    .map(r ->
                                            new SpecReference(r.text(), r.url().orElse(null)))
                                    .toList()),
                    () -> assertEquals(expected.standard(), actual.standard()),
                    () -> assertEquals(
                            expected.tags().stream()
                                    .filter(TableView.VENDOR_TAGS::contains)
                                    .findFirst(),
                            actual.vendor().map(TagView::id),
                            "the vendor is the code's vendor tag"));
        }
    }

    @Test
    void hasTheTagsThatCodesCarryThenThoseTheSpecDeclaresWithWhatTheyMean() {
        Set<String> expected = new LinkedHashSet<>();
        spec.codes().forEach(code -> expected.addAll(code.tags()));
        spec.tags().forEach(tag -> expected.add(tag.id()));
        assertEquals(expected, Set.copyOf(TABLE.tags().stream().map(TagView::id).toList()));
        for (TagView tag : TABLE.tags()) {
            Optional<SpecTag> declared =
                    spec.tags().stream().filter(t -> t.id().equals(tag.id())).findFirst();
            assertTrue(tag.builtIn(), tag.id() + ": statusgen's own, built in or declared by a bundled table");
            declared.ifPresent(d -> assertEquals(d.description(), tag.description(), tag.id()));
            assertFalse(tag.description().isBlank(), tag.id());
            assertEquals(spec.codesTagged(tag.id()), TABLE.codesTagged(tag.id()), tag.id());
        }
    }

    @Test
    void answersACodeTheTableLacksAsNonStandardOfItsClass() {
        StatusView status = TABLE.status(498);
        assertEquals("Non-Standard Response", status.name());
        assertEquals("CLIENT_ERROR", status.statusClass().id());
        assertFalse(status.standard());
        assertEquals(Optional.empty(), TABLE.listed(498));
        assertEquals(TABLE.statuses().get(0), TABLE.status(100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TABLE.status(600));
        assertEquals("Invalid HTTP status code 600: it is in no status class (100-599)", e.getMessage());
        assertEquals(Optional.empty(), TABLE.classOf(600));
        assertEquals("SERVER_ERROR", TABLE.classOf(599).orElseThrow().id());
    }

    @Test
    void takesTheVendorFromAVendorTag() {
        TagView cacheable = new TagView("cacheable", "Cacheable.", false);
        TagView nginx = new TagView("nginx", "Sent by nginx.", false);
        TagView cloudflare = new TagView("cloudflare", "Sent by Cloudflare.", false);
        assertEquals(Optional.of(nginx), TableView.vendor(List.of(cacheable, nginx)));
        assertEquals(Optional.of(cloudflare), TableView.vendor(List.of(cloudflare, cacheable)));
        assertEquals(
                Optional.of(new TagView("aws-elb", "Sent by an AWS load balancer.", false)),
                TableView.vendor(List.of(new TagView("aws-elb", "Sent by an AWS load balancer.", false))));
        assertEquals(Optional.empty(), TableView.vendor(List.of(cacheable)));
        assertEquals(Optional.empty(), TableView.vendor(List.of()));
    }
}
