package dev.statusgen.processor;

import dev.statusgen.processor.SpecLoader.LoadException;
import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.BuiltInTable;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.spec.ParsedSpec;
import dev.statusgen.processor.spec.RegistryParser;
import dev.statusgen.processor.spec.SpecDecoder;
import dev.statusgen.processor.spec.SpecParser;
import dev.statusgen.processor.spec.SpecText;
import dev.statusgen.processor.spec.SpecValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables that holders name, each built once per compile: it reads each spec file once, however many holders
 * name it, parses it with the front end for its format (the IANA registry's CSV for a name that ends in
 * {@code .csv}, a Markdown table for any other), and composes the specs of a holder into one table.
 */
final class Tables {
    private final SpecLoader loader;
    private final Reporter reporter;
    private final boolean verbose;
    private final Map<String, Parse> parsed = new HashMap<>();
    private final Map<List<String>, Outcome> outcomes = new HashMap<>();

    Tables(SpecLoader loader, Reporter reporter, boolean verbose) {
        this.loader = loader;
        this.reporter = reporter;
        this.verbose = verbose;
    }

    /** The table of the specs {@code names}, each layered over the ones before it. */
    Outcome of(List<String> names) {
        Outcome outcome = outcomes.get(names);
        if (outcome == null) {
            outcome = compose(names);
            outcomes.put(names, outcome);
        }
        return outcome;
    }

    private Outcome compose(List<String> names) {
        Problems problems = new Problems();
        List<ParsedSpec> layers = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String name : names) {
            Parse parse = parse(name);
            if (parse.loadError != null) {
                unreadable.add(parse.loadError);
            } else {
                for (Problem problem : parse.problems) {
                    problems.add(problem);
                }
                layers.add(parse.spec);
            }
            Optional<BuiltInTable> builtIn = BuiltInTable.named(name);
            sources.add(0, builtIn.isPresent() ? builtIn.get().source() : name);
        }
        if (!unreadable.isEmpty()) {
            return new Outcome(Optional.empty(), unreadable);
        }
        Optional<Problem> alone = codesAlone(names, layers);
        if (alone.isPresent()) {
            return new Outcome(Optional.empty(), List.of(alone.get()));
        }
        Optional<StatusTable> table = SpecValidator.compose(layers, String.join(" over ", sources), problems);
        return new Outcome(problems.any() ? Optional.empty() : table, problems.sorted());
    }

    /**
     * The error for a bundled table of codes only, a vendor's, that lies lowest, with no table of classes under it;
     * empty for any other lowest spec, whose missing class table the validator reports at its line.
     */
    private static Optional<Problem> codesAlone(List<String> names, List<ParsedSpec> layers) {
        Optional<BuiltInTable> lowest = names.isEmpty() ? Optional.empty() : BuiltInTable.named(names.get(0));
        if (lowest.isEmpty() || layers.get(0).hasClassTable()) {
            return Optional.empty();
        }
        return Optional.of(Problem.about(
                lowest.get().resource(),
                Message.VENDOR_TABLE_ALONE,
                lowest.get().specName(),
                lowest.get().name()));
    }

    private Parse parse(String name) {
        Parse parse = parsed.get(name);
        if (parse == null) {
            parse = read(name);
            parsed.put(name, parse);
        }
        return parse;
    }

    private Parse read(String name) {
        Optional<BuiltInTable> builtIn = BuiltInTable.named(name);
        String file = builtIn.isPresent() ? builtIn.get().resource() : name;
        if (verbose) {
            reporter.report(Message.READING_SPEC, file);
        }
        byte[] bytes;
        try {
            bytes = builtIn.isPresent() ? SpecLoader.bundled(builtIn.get()) : loader.read(name);
        } catch (LoadException e) {
            return new Parse(null, List.of(), e.problem());
        }
        Problems problems = new Problems();
        Optional<SpecText> text = SpecDecoder.decode(file, bytes, problems);
        ParsedSpec spec;
        if (text.isEmpty()) {
            spec = ParsedSpec.unreadable(file);
        } else if (file.endsWith(".csv")) {
            spec = RegistryParser.parse(file, text.get(), problems);
        } else {
            spec = SpecParser.parse(file, text.get(), problems);
        }
        return new Parse(builtIn.isPresent() ? spec.asBundled() : spec, problems.sorted(), null);
    }

    /** A spec file as parsed: its rows and problems, or the problem of why it could not be read. */
    private record Parse(ParsedSpec spec, List<Problem> problems, Problem loadError) {}

    /**
     * A holder's table, or the problems that stop it.
     *
     * @param table the table, if there is no problem
     * @param problems the problems, ordered by file, line and column
     */
    record Outcome(Optional<StatusTable> table, List<Problem> problems) {}
}
