package dev.statusgen.sample;

import dev.statusgen.sample.web.ServeCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The sample app: looks HTTP status codes up in the code that statusgen generated from the standard table. */
@Command(
        name = "statusgen-sample",
        mixinStandardHelpOptions = true,
        version = "statusgen sample app",
        description = {
            "Looks HTTP status codes up in the standard status table, through the code that statusgen generated.",
            "A 3-digit code that the table lacks is a non-standard response of its class."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every code was found", "1:a code was invalid", "2:the command line was invalid"},
        subcommands = ServeCommand.class)
public final class Main implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--list", description = "Print the whole table, by class.")
    private boolean list;

    @Parameters(paramLabel = "CODE", arity = "0..*", description = "Status codes to look up, such as 404.")
    private List<String> codes = List.of();

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
        if (list) {
            printTable(out);
            return 0;
        }
        if (codes.isEmpty()) {
            spec.commandLine().usage(err);
            return 2;
        }
        int exit = 0;
        for (String input : codes) {
            try {
                print(out, HttpStatusCode.valueOf(parse(input)));
            } catch (IllegalArgumentException e) {
                err.println("statusgen-sample: " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }

    /** The code in {@code input}, which must be 3 digits. */
    static int parse(String input) {
        if (!input.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException(
                    "\"" + input + "\" is not a status code: expected 3 digits, such as 404");
        }
        return Integer.parseInt(input);
    }

    private static void print(PrintWriter out, HttpStatusCode status) {
        HttpStatusClass statusClass = status.statusClass();
        out.printf("%d %s%n", status.code(), status.reasonPhrase());
        out.printf(
                "  Class:       %s (%d - %d)%n",
                statusClass.displayName(), statusClass.firstCode(), statusClass.lastCode());
        out.printf("  Tags:        %s%n", orNone(status.tags()));
        out.printf("  Aliases:     %s%n", orNone(status.aliases()));
        List<String> references = new ArrayList<>();
        for (HttpStatusCode.Reference reference : status.references()) {
            references.add(reference.toString());
        }
        out.printf("  References:  %s%n", orNone(references));
        out.printf("  Standard:    %s%n", status.isStandard() ? "yes" : "no");
        out.printf("  Description: %s%n", status.description());
    }

    private static String orNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static void printTable(PrintWriter out) {
        Map<HttpStatusClass, List<HttpStatus>> byClass =
                java.util.Arrays.stream(HttpStatus.values()).collect(Collectors.groupingBy(HttpStatus::statusClass));
        for (HttpStatusClass statusClass : HttpStatusClass.values()) {
            out.printf(
                    "%d - %d %s: %s%n",
                    statusClass.firstCode(),
                    statusClass.lastCode(),
                    statusClass.displayName(),
                    statusClass.description());
            for (HttpStatus status : byClass.getOrDefault(statusClass, List.of())) {
                String tags = status.tags().isEmpty() ? "" : " [" + String.join(", ", status.tags()) + "]";
                out.printf("  %d %s%s: %s%n", status.code(), status.reasonPhrase(), tags, status.description());
            }
        }
    }
}
