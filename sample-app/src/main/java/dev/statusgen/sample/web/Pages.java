package dev.statusgen.sample.web;

import dev.statusgen.sample.view.ClassView;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TableView;
import dev.statusgen.sample.view.TagView;
import java.util.List;
import java.util.Optional;

/**
 * The pages of the site, rendered from the views: the table, a page for a status, search results and errors. Each
 * is a whole document that needs no script; the table's page loads the live search, which only adds to it.
 */
final class Pages {
    /** The way from a page at the site's root, such as {@code /404}, to the root. */
    static final String ROOT = "./";

    private Pages() {}

    /**
     * The table's page: every class with its codes, then the tags.
     *
     * @param canonical the page's absolute address
     */
    static byte[] table(TableView table, String canonical) {
        String description = "What each HTTP status code means: " + summary(table)
                + ", with their names, tags, aliases and references, and a page for each code.";
        Html html = PageLayout.start(new PageLayout.Head(PageLayout.SITE, description, canonical, true), ROOT);
        html.open("header").newline().element("h1", PageLayout.SITE).newline();
        html.element(
                "p",
                summary(table) + ". Find one by number or by name; a code that the table lacks, such as 299, has a "
                        + "page too.",
                "class",
                "muted");
        PageLayout.searchForm(html, ROOT, null, true);
        html.close("header").newline().open("main").newline();
        html.open("div", "id", "results", "aria-live", "polite").close("div").newline();
        html.open("nav", "id", "classes", "aria-label", "Status classes");
        for (ClassView statusClass : table.classes()) {
            html.element("a", statusClass.name(), "href", "#" + statusClass.id());
        }
        html.close("nav").newline().open("div", "id", "table").newline();
        for (ClassView statusClass : table.classes()) {
            classSection(html, table, statusClass);
        }
        html.close("div").newline();
        tags(html, table);
        html.close("main").newline();
        return PageLayout.end(html, ROOT);
    }

    private static String summary(TableView table) {
        return table.statuses().size() + " codes in " + table.classes().size() + " classes";
    }

    private static void classSection(Html html, TableView table, ClassView statusClass) {
        html.open(
                "section",
                "class",
                "status-class",
                "id",
                statusClass.id(),
                "data-class",
                statusClass.id(),
                "data-first",
                String.valueOf(statusClass.first()),
                "data-last",
                String.valueOf(statusClass.last()));
        html.open("h2").element("span", statusClass.range(), "class", "range").text(" " + statusClass.name());
        html.close("h2")
                .element("p", statusClass.description(), "class", "muted")
                .newline();
        html.open("table").open("thead").open("tr");
        html.element("th", "Code", "scope", "col").element("th", "Name", "scope", "col");
        html.element("th", "Description", "scope", "col")
                .close("tr")
                .close("thead")
                .newline();
        html.open("tbody").newline();
        for (StatusView status : table.statuses()) {
            if (status.statusClass().id().equals(statusClass.id())) {
                StatusParts.row(html, status, table, ROOT);
            }
        }
        html.close("tbody").close("table").close("section").newline();
    }

    /** What each tag means, who defines it, and its codes, for readers with no pointer to hover a badge with. */
    private static void tags(Html html, TableView table) {
        if (table.tags().isEmpty()) {
            return;
        }
        html.open("section", "id", "tags").element("h2", "Tags");
        html.element("p", "What the badges mean, and the codes that carry each tag.", "class", "muted");
        html.open("table").open("thead").open("tr");
        for (String column : List.of("Tag", "Meaning", "Defined by", "Codes")) {
            html.element("th", column, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (TagView tag : table.tags()) {
            html.open("tr", "data-tag", tag.id()).open("td");
            new StatusParts.Badge(tag, false).write(html);
            html.close("td").element("td", tag.description(), "class", "description");
            html.element("td", tag.builtIn() ? "statusgen" : "the table", "class", "defined-by");
            html.open("td", "class", "codes");
            List<Integer> codes = table.codesTagged(tag.id());
            for (int i = 0; i < codes.size(); i++) {
                html.text(i > 0 ? ", " : "");
                html.element("a", String.valueOf(codes.get(i)), "href", ROOT + codes.get(i));
            }
            html.close("td").close("tr").newline();
        }
        html.close("tbody").close("table").close("section").newline();
    }

    /**
     * The page of a status, of the table or not: everything about it, and links to its neighbours in the table.
     *
     * @param canonical the page's absolute address
     */
    static byte[] status(StatusView status, TableView table, String canonical) {
        String heading = status.code() + " " + status.name();
        Html html = PageLayout.start(
                new PageLayout.Head(PageLayout.title(heading), status.description(), canonical, false), ROOT);
        PageLayout.bar(html, ROOT, null);
        html.open("main", "class", "status", "data-class", status.statusClass().id())
                .newline();
        html.open("h1")
                .element("span", String.valueOf(status.code()), "class", "code")
                .text(" ");
        html.element("span", status.name(), "class", "name").close("h1").newline();
        StatusParts.badgeList(html, status, table, "p");
        html.element("p", status.description(), "class", "description").newline();
        StatusFacts.write(html, status, ROOT);
        neighbours(html, status, table);
        html.close("main").newline();
        return PageLayout.end(html, ROOT);
    }

    /** Links to the codes of the table before and after {@code status}, and back to it in the table. */
    private static void neighbours(Html html, StatusView status, TableView table) {
        Optional<StatusView> previous =
                table.statuses().stream().filter(s -> s.code() < status.code()).reduce((first, second) -> second);
        Optional<StatusView> next =
                table.statuses().stream().filter(s -> s.code() > status.code()).findFirst();
        html.open("nav", "class", "neighbours", "aria-label", "Other codes");
        previous.ifPresent(
                s -> html.element("a", "\u2190 " + s.code() + " " + s.name(), "rel", "prev", "href", ROOT + s.code()));
        String anchor = table.listed(status.code()).isPresent()
                ? String.valueOf(status.code())
                : status.statusClass().id();
        html.element("a", "All status codes", "class", "all", "href", ROOT + "#" + anchor);
        next.ifPresent(
                s -> html.element("a", s.code() + " " + s.name() + " \u2192", "rel", "next", "href", ROOT + s.code()));
        html.close("nav").newline();
    }

    /**
     * The results of a search, rendered for each request: a card for each status found, or why none was.
     *
     * @param result what the search found
     */
    static byte[] search(StatusSearch.Result result, TableView table) {
        String query = result.query().strip();
        String heading = query.isEmpty() ? "Search" : "Search: " + query;
        Html html = PageLayout.start(
                new PageLayout.Head(PageLayout.title(heading), "Status codes that match " + query, null, false), ROOT);
        PageLayout.bar(html, ROOT, result.query());
        html.open("main").newline().element("h1", heading).newline();
        if (!result.ok()) {
            html.element("p", result.problem(), "class", "message", "role", "status")
                    .newline();
        } else {
            int count = result.found().size();
            html.element("p", count == 1 ? "1 code matches." : count + " codes match.", "role", "status");
            html.open("div", "class", "results").newline();
            for (StatusView status : result.found()) {
                StatusParts.card(html, status, table, ROOT);
            }
            html.close("div").newline();
        }
        html.open("p").element("a", "All status codes", "href", ROOT).close("p").newline();
        html.close("main").newline();
        return PageLayout.end(html, ROOT);
    }

    /**
     * An error page: what went wrong, and the way home.
     *
     * @param heading what kind of error, such as {@code Page not found}
     * @param message what went wrong
     * @param root the way from the page's address to the site's root
     */
    static byte[] error(String heading, String message, String root) {
        Html html = PageLayout.start(new PageLayout.Head(PageLayout.title(heading), message, null, false), root);
        PageLayout.bar(html, root, null);
        html.open("main").newline().element("h1", heading).newline();
        html.element("p", message, "class", "message error").newline();
        html.open("p").element("a", "All status codes", "href", root).close("p").newline();
        html.close("main").newline();
        return PageLayout.end(html, root);
    }
}
