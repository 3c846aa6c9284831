package dev.statusgen.sample.web;

import dev.statusgen.sample.view.StatusJson;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TableView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the server answers with, from a table: the fixed resources and the pages of the table's codes, rendered once,
 * at start-up; the page of a code that the table lacks, rendered once, when first asked for; and the search, whose
 * results are rendered for each request.
 */
final class Site {
    private static final Pattern CODE_PATH = Pattern.compile("/[0-9]{3}");

    private final TableView table;
    private final String baseUrl;
    private final StatusSearch search;
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<Integer, Resource> unlisted = new ConcurrentHashMap<>();

    /**
     * Renders the site of {@code table}.
     *
     * @param baseUrl the site's absolute address, ending in {@code /}, which the canonical links start with
     */
    Site(TableView table, String baseUrl) {
        this.table = table;
        this.baseUrl = baseUrl;
        this.search = new StatusSearch(table);
        resources.put("/", Resource.of(Pages.table(table, baseUrl), Resource.HTML));
        resources.put("/app.js", Resource.classpath("web/app.js", Resource.JAVASCRIPT));
        resources.put("/style.css", Resource.classpath("web/style.css", Resource.CSS));
        resources.put("/reference.md", Resource.classpath(TableView.REFERENCE, Resource.MARKDOWN));
        resources.put("/api/statuses", Resource.json(StatusJson.statuses(table)));
        resources.put("/api/classes", Resource.json(StatusJson.classes(table)));
        resources.put("/api/tags", Resource.json(StatusJson.tags(table)));
        for (StatusView status : table.statuses()) {
            resources.put("/" + status.code(), page(status));
        }
    }

    /**
     * The resource at {@code path}: a file, a list of the API, or the page of a code of a class, of the table or
     * not.
     */
    Optional<Resource> resource(String path) {
        Resource resource = resources.get(path);
        if (resource != null || !isCodePath(path)) {
            return Optional.ofNullable(resource);
        }
        int code = Integer.parseInt(path.substring(1));
        return table.classOf(code).map(c -> unlisted.computeIfAbsent(code, unused -> page(table.status(code))));
    }

    /** Whether {@code path} is that of a 3-digit code, such as {@code /404} or {@code /099}. */
    static boolean isCodePath(String path) {
        return CODE_PATH.matcher(path).matches();
    }

    private Resource page(StatusView status) {
        return Resource.of(Pages.status(status, table, baseUrl + status.code()), Resource.HTML);
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
