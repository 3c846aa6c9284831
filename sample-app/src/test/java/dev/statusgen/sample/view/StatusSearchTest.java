package dev.statusgen.sample.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding codes of the standard table by number and by name, as the command line and the page's search do. */
class StatusSearchTest {
    private final StatusSearch search = new StatusSearch(TableView.standard());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not found                 | 404",
                "NOT FOUND                 | 404",
                "  not found               | 404",
                "content too large         | 413",
                "Payload Too Large         | 413",
                "found                     | 302 404",
                "moved temp                | 302",
                "teapot                    | 418",
                "404                       | 404",
                "299                       | 299",
            })
    void looksUpANumberAsItsCodeAndTextByNameOrAliasIgnoringCase(String query, String codes) {
        StatusSearch.Result result = search.lookUp(query);
        assertTrue(result.ok(), result::problem);
        assertEquals(
                codes,
                String.join(
                        " ",
                        result.found().stream()
                                .map(s -> String.valueOf(s.code()))
                                .toList()));
        assertEquals(query, result.query());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nope     | No status code has \"nope\" in its name or its aliases",
                "4O4      | No status code has \"4O4\" in its name or its aliases",
                "1000     | \"1000\" is not a status code: expected 3 digits, such as 404",
                "600      | Invalid HTTP status code 600: it is in no status class (100-599)",
                "099      | Invalid HTTP status code 99: it is in no status class (100-599)",
                "4        | Invalid HTTP status code 4: it is in no status class (100-599)",
            })
    void saysWhyAQueryFindsNothing(String query, String problem) {
        StatusSearch.Result result = search.lookUp(query);
        assertFalse(result.ok());
        assertEquals(List.of(), result.found());
        assertEquals(problem, result.problem());
    }

    @Test
    void refusesABlankQuery() {
        StatusSearch.Result result = search.search(" ");
        assertFalse(result.ok());
        assertEquals(
                "\" \" is neither a status code nor a name: type a code, such as 404, or a name, such as not found",
                result.problem());
        assertEquals(result.problem(), search.lookUp(" ").problem());
    }

    @Test
    void searchesNumbersByTheirFirstDigitsAsThePageDoes() {
        assertEquals(List.of(400, 401, 402, 403, 404, 405, 406, 407, 408, 409), codes(search.search("40")));
        assertEquals(List.of(404), codes(search.search("404")));
        assertEquals(List.of(299), codes(search.search("299")), "the non-standard code of its class");
        assertEquals(List.of(302, 404), codes(search.search("found")));
        assertEquals(
                "No status code of the table starts with 7", search.search("7").problem());
        assertEquals(
                "Invalid HTTP status code 600: it is in no status class (100-599)",
                search.search("600").problem());
        assertEquals(
                "\"4040\" is not a status code: expected 3 digits, such as 404",
                search.search("4040").problem());
    }

    @Test
    void findsANonStandardCodeOfItsClass() {
        StatusView status = search.lookUp("299").found().get(0);
        assertEquals("Non-Standard Response", status.name());
        assertEquals("SUCCESSFUL", status.statusClass().id());
        assertFalse(status.standard());
        assertEquals(List.of(), status.tags());
    }

    private static List<Integer> codes(StatusSearch.Result result) {
        return result.found().stream().map(StatusView::code).toList();
    }
}
