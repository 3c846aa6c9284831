package dev.statusgen.sample.web;

import dev.statusgen.sample.view.ClassView;
import dev.statusgen.sample.view.StatusJson;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.TableView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the server answers with, from a table: the fixed resources, each page rendered once, at start-up, and the
 * search, whose results are rendered for each request.
 */
final class Site {
    private final TableView table;
    private final StatusSearch search;
    private final Map<String, Resource> resources = new HashMap<>();

    /**
     * Renders the site of {@code table}.
     *
     * @param baseUrl the site's absolute address, ending in {@code /}, which the canonical links start with
     */
    Site(TableView table, String baseUrl) {
        this.table = table;
        this.search = new StatusSearch(table);
        resources.put("/", Resource.of(Pages.table(table, baseUrl), Resource.HTML));
        resources.put("/app.js", Resource.classpath("web/app.js", Resource.JAVASCRIPT));
        resources.put("/style.css", Resource.classpath("web/style.css", Resource.CSS));
        resources.put("/reference.md", Resource.classpath(TableView.REFERENCE, Resource.MARKDOWN));
        resources.put("/api/statuses", Resource.json(StatusJson.statuses(table)));
        resources.put("/api/classes", Resource.json(StatusJson.classes(table)));
        resources.put("/api/tags", Resource.json(StatusJson.tags(table)));
        for (ClassView statusClass : table.classes()) {
            for (int code = statusClass.first(); code <= statusClass.last(); code++) {
                resources.put(
                        "/" + code,
                        Resource.of(Pages.status(table.status(code), table, baseUrl + code), Resource.HTML));
            }
        }
    }

    /** The resource at {@code path}, rendered at start-up: a file, a list of the API, or the page of a code. */
    Optional<Resource> resource(String path) {
        return Optional.ofNullable(resources.get(path));
    }

    /** The JSON of the status of {@code code}; an IllegalArgumentException says why there is none. */
    Resource status(String code) {
        return Resource.json(StatusJson.status(table.status(StatusSearch.code(code))));
    }

    /** Why the 3-digit {@code code}, which has no page, has none: no class holds it, in the generated code's words. */
    String noPage(String code) {
        try {
            table.status(StatusSearch.code(code));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new IllegalStateException(code + " has a page");
    }

    /** The page of the results of {@code query}, which must be {@link StatusSearch#MAX_QUERY_LENGTH} at most. */
    Resource search(String query) {
        return Resource.of(Pages.search(search.search(query), table), Resource.HTML);
    }
}
