package dev.statusgen.sample.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a parameter of a query string, as an HTML form sends it: {@code q=not+found}. */
final class Query {
    private Query() {}

    /**
     * The value of the first parameter {@code name} of {@code rawQuery}, decoded as UTF-8.
     *
     * @param rawQuery the query, still percent-encoded, as a URI that the JDK's server has checked has it; null if
     *     the URI has none
     * @return the value; empty if the query has no such parameter
     */
    static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return "";
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
