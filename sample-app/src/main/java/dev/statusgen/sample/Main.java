package dev.statusgen.sample;

import dev.statusgen.sample.view.ClassView;
import dev.statusgen.sample.view.ReferenceView;
import dev.statusgen.sample.view.StatusJson;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TableView;
import dev.statusgen.sample.view.TagView;
import dev.statusgen.sample.web.ServeCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The sample app: looks HTTP status codes up, by number or by name, in the code that statusgen generated from the
 * standard table with the nginx, Cloudflare and AWS load balancer tables layered on it.
 */
@Command(
        name = "statusgen-sample",
        mixinStandardHelpOptions = true,
        version = "statusgen sample app",
        description = {
            "Looks HTTP status codes up in the standard status table, with nginx's, Cloudflare's and AWS load "
                    + "balancers' codes, through the code that statusgen generated: by number, or by name or alias, "
                    + "or part of one, whatever the case.",
            "A 3-digit code that the table lacks is a non-standard response of its class."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every code or name was found",
            "1:a code was invalid, or a name matched no code",
            "2:the command line was invalid"
        },
        subcommands = ServeCommand.class)
public final class Main implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--list", description = "Print the whole table, by class.")
    private boolean list;

    @Option(
            names = "--json",
            description = "Print JSON, as the server's API does: an array with an object per status found, in the "
                    + "order of the arguments, as /api/status/{code} answers, and {\"query\", \"error\"} in the "
                    + "place of an argument that finds none; with --list, the whole table, as /api/statuses.")
    private boolean json;

    @Parameters(
            paramLabel = "CODE|NAME",
            arity = "0..*",
            description = "Status codes, such as 404, or names, such as \"not found\": a name finds every code whose "
                    + "name or alias holds it.")
    private List<String> queries = List.of();

    /**
     * Runs the app and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The app's command line, ready to execute. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TableView table = TableView.standard();
        if (list) {
            if (json) {
                out.println(new String(StatusJson.statuses(table), StandardCharsets.UTF_8));
            } else {
                printTable(out, table);
            }
            return 0;
        }
        if (queries.isEmpty()) {
            spec.commandLine().usage(err);
            return 2;
        }
        StatusSearch search = new StatusSearch(table);
        List<StatusSearch.Result> results = queries.stream().map(search::lookUp).toList();
        if (json) {
            out.println(new String(StatusJson.results(results), StandardCharsets.UTF_8));
        }
        for (StatusSearch.Result result : results) {
            if (!result.ok()) {
                err.println("statusgen-sample: " + result.problem());
            } else if (!json) {
                result.found().forEach(status -> print(out, status));
            }
        }
        return results.stream().allMatch(StatusSearch.Result::ok) ? 0 : 1;
    }

    /** Prints a status as the README shows it, with its vendor, if it has one. */
    static void print(PrintWriter out, StatusView status) {
        ClassView statusClass = status.statusClass();
        out.printf("%d %s%n", status.code(), status.name());
        out.printf("  Class:       %s (%s)%n", statusClass.name(), statusClass.range());
        out.printf(
                "  Tags:        %s%n",
                orNone(status.tags().stream().map(TagView::id).toList()));
        out.printf("  Aliases:     %s%n", orNone(status.aliases()));
        List<String> references = new ArrayList<>();
        for (ReferenceView reference : status.references()) {
            references.add(reference.text()
                    + reference.url().map(url -> " <" + url + ">").orElse(""));
        }
        out.printf("  References:  %s%n", orNone(references));
        out.printf("  Standard:    %s%n", status.standard() ? "yes" : "no");
        status.vendor().ifPresent(vendor -> out.printf("  Vendor:      %s: %s%n", vendor.id(), vendor.description()));
        out.printf("  Description: %s%n", status.description());
    }

    private static String orNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static void printTable(PrintWriter out, TableView table) {
        for (ClassView statusClass : table.classes()) {
            out.printf("%s %s: %s%n", statusClass.range(), statusClass.name(), statusClass.description());
            for (StatusView status : table.statuses()) {
                if (status.statusClass().equals(statusClass)) {
                    List<String> ids = status.tags().stream().map(TagView::id).toList();
                    String tags = ids.isEmpty() ? "" : " [" + String.join(", ", ids) + "]";
                    out.printf("  %d %s%s: %s%n", status.code(), status.name(), tags, status.description());
                }
            }
        }
    }
}
