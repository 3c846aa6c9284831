package dev.statusgen.sample.web;

import dev.statusgen.sample.view.ClassView;
import dev.statusgen.sample.view.ReferenceView;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TagView;

/**
 * What a status's page says about it, as a description list: its class, aliases, whether it is standard, its
 * vendor, its tags with what they mean, and its references.
 */
final class StatusFacts {
    private StatusFacts() {}

    static void write(Html html, StatusView status, String root) {
        html.open("dl", "class", "facts").newline();
        ClassView statusClass = status.statusClass();
        term(html, "Class");
        html.element("a", statusClass.name(), "href", root + "#" + statusClass.id());
        html.text(" (" + statusClass.range() + "): " + statusClass.description());
        end(html);
        term(html, "Also known as");
        html.text(status.aliases().isEmpty() ? "none" : String.join(", ", status.aliases()));
        end(html);
        term(html, "Standard");
        html.text(status.standard() ? "yes" : "no");
        end(html);
        status.vendor().ifPresent(vendor -> {
            term(html, "Vendor");
            new StatusParts.Badge(vendor, true).write(html);
            html.text(" " + vendor.description());
            end(html);
        });
        term(html, "Tags");
        tags(html, status);
        end(html);
        term(html, "Defined in");
        references(html, status);
        end(html);
        html.close("dl").newline();
    }

    private static void tags(Html html, StatusView status) {
        if (status.tags().isEmpty()) {
            html.text("none");
            return;
        }
        html.open("ul", "class", "tags");
        for (TagView tag : status.tags()) {
            html.open("li");
            new StatusParts.Badge(tag, false).write(html);
            html.text(" " + tag.description()).close("li");
        }
        html.close("ul");
    }

    private static void references(Html html, StatusView status) {
        if (status.references().isEmpty()) {
            html.text("none");
            return;
        }
        html.open("ul", "class", "references");
        for (ReferenceView reference : status.references()) {
            html.open("li");
            StatusParts.reference(html, reference);
            html.close("li");
        }
        html.close("ul");
    }

    /** Opens a term and its definition: a {@code div} holds both, as HTML allows in a {@code dl}. */
    private static void term(Html html, String name) {
        html.open("div").element("dt", name).open("dd");
    }

    private static void end(Html html) {
        html.close("dd").close("div").newline();
    }
}
