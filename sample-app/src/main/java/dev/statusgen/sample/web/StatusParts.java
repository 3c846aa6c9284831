package dev.statusgen.sample.web;

import dev.statusgen.sample.view.ReferenceView;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TableView;
import dev.statusgen.sample.view.TagView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a status that several pages show: its badges, aliases and references, as a table row or a card. */
final class StatusParts {
    /** The tag of a code outside the standards; a code that the table lacks gets its badge too. */
    private static final String NON_STANDARD = "non-standard";

    private StatusParts() {}

    /**
     * The badges of a status: its vendor's first, then its other tags, each titled with what it means, then
     * {@code non-standard} for a non-standard code that does not carry the tag, such as a code the table lacks.
     */
    static List<Badge> badges(StatusView status, TableView table) {
        List<Badge> badges = new ArrayList<>();
        status.vendor().ifPresent(vendor -> badges.add(new Badge(vendor, true)));
        for (TagView tag : status.tags()) {
            if (!status.vendor().equals(Optional.of(tag))) {
                badges.add(new Badge(tag, false));
            }
        }
        if (!status.standard() && !status.hasTag(NON_STANDARD)) {
            TagView tag = table.tags().stream()
                    .filter(t -> t.id().equals(NON_STANDARD))
                    .findFirst()
                    .orElse(new TagView(NON_STANDARD, null, true));
            badges.add(new Badge(tag, false));
        }
        return badges;
    }

    /**
     * A badge.
     *
     * @param tag its tag
     * @param vendor whether it names the vendor that sends the code
     */
    record Badge(TagView tag, boolean vendor) {
        void write(Html html) {
            html.element(
                    "span",
                    tag.id(),
                    "class",
                    vendor ? "badge vendor" : "badge",
                    "data-tag",
                    tag.id(),
                    "title",
                    vendor ? "Vendor: " + tag.description() : tag.description());
        }
    }

    /** The badges of {@code status}, in an {@code element}, if it has any. */
    static void badgeList(Html html, StatusView status, TableView table, String element) {
        List<Badge> badges = badges(status, table);
        if (badges.isEmpty()) {
            return;
        }
        html.open(element, "class", "badges");
        for (Badge badge : badges) {
            badge.write(html);
        }
        html.close(element);
    }

    /** The aliases of {@code status} in an {@code element}, if it has any. */
    static void aliases(Html html, StatusView status, String element) {
        if (!status.aliases().isEmpty()) {
            html.element(element, "Also known as " + String.join(", ", status.aliases()), "class", "aliases");
        }
    }

    /** The references of {@code status} in an {@code element}, if it has any. */
    static void references(Html html, StatusView status, String element) {
        if (status.references().isEmpty()) {
            return;
        }
        html.open(element, "class", "references").text("Defined in ");
        List<ReferenceView> references = status.references();
        for (int i = 0; i < references.size(); i++) {
            html.text(i > 0 ? ", " : "");
            reference(html, references.get(i));
        }
        html.close(element);
    }

    /**
     * A reference: a link if it has an {@code https} URL, which opens apart from the page and learns nothing of it,
     * else plain text.
     */
    static void reference(Html html, ReferenceView reference) {
        Optional<String> link = reference.link();
        if (link.isPresent()) {
            html.element("a", reference.text(), "href", link.get(), "rel", "noopener noreferrer", "target", "_blank");
        } else {
            html.element("span", reference.text());
        }
    }

    /** A row of the table: the code, linked to its page, its name, badges and aliases, its description and references. */
    static void row(Html html, StatusView status, TableView table, String root) {
        String code = String.valueOf(status.code());
        html.open(
                "tr",
                "id",
                code,
                "class",
                status.hasTag("deprecated") ? "deprecated" : null,
                "data-names",
                String.join("\n", status.names()));
        html.open("td", "class", "code-cell")
                .element("a", code, "href", root + code)
                .close("td");
        html.open("td", "class", "name-cell").element("span", status.name(), "class", "name");
        html.text(" ");
        badgeList(html, status, table, "span");
        aliases(html, status, "div");
        html.close("td");
        html.open("td", "class", "description").text(status.description());
        references(html, status, "div");
        html.close("td").close("tr").newline();
    }

    /** A card, as search results show a status: everything of its row, and its class. */
    static void card(Html html, StatusView status, TableView table, String root) {
        String code = String.valueOf(status.code());
        html.open(
                "article",
                "class",
                status.hasTag("deprecated") ? "card deprecated" : "card",
                "data-class",
                status.statusClass().id());
        html.open("h2").element("a", code, "class", "code", "href", root + code).text(" ");
        html.element("span", status.name(), "class", "name").close("h2");
        aliases(html, status, "p");
        html.element(
                "p", status.statusClass().name() + " (" + status.statusClass().range() + ")", "class", "meta");
        badgeList(html, status, table, "p");
        html.element("p", status.description(), "class", "description");
        references(html, status, "p");
        html.close("article").newline();
    }
}
