package dev.statusgen.sample.web;

import dev.statusgen.sample.view.StatusSearch;
import java.nio.charset.StandardCharsets;

/**
 * What every page shares: the head, with its title, description and canonical address, the bar with the link home
 * and the search form, and the footer. Links are relative to the page, through {@code root}, so that the pages work
 * behind a proxy that serves them under a path of its own.
 */
final class PageLayout {
    /** The name of the site, in every title. */
    static final String SITE = "HTTP status codes";

    private PageLayout() {}

    /**
     * What a page's head says.
     *
     * @param title the whole title
     * @param description the meta description
     * @param canonical the page's absolute address, or null for a page that search engines should not index
     * @param script whether the page loads the live search
     */
    record Head(String title, String description, String canonical, boolean script) {}

    /**
     * Opens the document and its body.
     *
     * @param root the way from the page to the site's root, such as {@code ./} or {@code ../}
     */
    static Html start(Head head, String root) {
        Html html = new Html().open("html", "lang", "en").newline().open("head").newline();
        html.open("meta", "charset", "utf-8").newline();
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .newline();
        html.element("title", head.title()).newline();
        html.open("meta", "name", "description", "content", head.description()).newline();
        if (head.canonical() != null) {
            html.open("link", "rel", "canonical", "href", head.canonical()).newline();
        } else {
            html.open("meta", "name", "robots", "content", "noindex").newline();
        }
        html.open("link", "rel", "icon", "href", "data:,").newline();
        html.open("link", "rel", "stylesheet", "href", root + "style.css").newline();
        if (head.script()) {
            html.open("script", "src", root + "app.js", "defer", "defer")
                    .close("script")
                    .newline();
        }
        return html.close("head").newline().open("body").newline();
    }

    /** The title of a page other than the table's: {@code 404 Not Found · HTTP status codes}. */
    static String title(String page) {
        return page + " \u00b7 " + SITE;
    }

    /** The bar atop every page but the table's: the link home and the search form, holding {@code query}. */
    static void bar(Html html, String root, String query) {
        html.open("header", "class", "bar");
        html.element("a", SITE, "class", "home", "href", root);
        searchForm(html, root, query, false);
        html.close("header").newline();
    }

    /**
     * The search form: a GET of {@code search?q=...}, which the server answers, so that it works without scripts.
     *
     * @param large the table page's own box, with its label in sight; else a compact one, labelled for screen readers
     */
    static void searchForm(Html html, String root, String query, boolean large) {
        html.open("form", "class", large ? "search" : "search compact", "role", "search", "action", root + "search");
        html.element(
                "label",
                "Find a code by number or by name",
                "for",
                "search",
                "class",
                large ? null : "visually-hidden");
        html.open("div", "class", "search-row");
        html.open(
                "input",
                "id",
                "search",
                "name",
                "q",
                "type",
                "search",
                "value",
                query,
                "placeholder",
                "404 or not found",
                "maxlength",
                String.valueOf(StatusSearch.MAX_QUERY_LENGTH),
                "autocomplete",
                "off",
                "autocapitalize",
                "off",
                "spellcheck",
                "false");
        html.element("button", "Find", "type", "submit");
        html.close("div").close("form").newline();
    }

    /** Closes the page: its footer, which names the API, and the document. */
    static byte[] end(Html html, String root) {
        html.open("footer", "class", "muted").text("Served from the code that statusgen generated; the same as JSON: ");
        String[] api = {"api/statuses", "api/classes", "api/tags", "api/status/404"};
        for (String path : api) {
            html.element("a", "/" + path, "href", root + path).text(", ");
        }
        html.text("and the Markdown reference ").element("a", "/reference.md", "href", root + "reference.md");
        html.text(".")
                .close("footer")
                .newline()
                .close("body")
                .newline()
                .close("html")
                .newline();
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
