package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Identifiers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the rows of a parsed spec against each other and builds the {@link StatusTable}: no duplicate
 * codes, class ids or constant names, no overlapping ranges, and every code inside a class. It also layers a
 * project's spec over the standard table. Work is linear in the number of rows.
 */
public final class SpecValidator {
    /** Codes are 3 digits, so a class lookup fits an array of this size. */
    private static final int CODE_LIMIT = 1000;

    private final Problems problems;
    private final Map<String, ClassRow> classIds = new HashMap<>();
    private final Map<String, ClassRow> classifiers = new HashMap<>();
    private final Map<Integer, Row> codes = new LinkedHashMap<>();
    private final List<ClassRow> classes = new ArrayList<>();

    private SpecValidator(Problems problems) {
        this.problems = problems;
    }

    /** The table of a spec that stands alone, or empty after adding problems. */
    public static Optional<StatusTable> validate(ParsedSpec spec, Problems problems) {
        SpecValidator validator = new SpecValidator(problems);
        validator.requireTables(spec, true);
        validator.addClasses(spec);
        for (CodeRow row : spec.codes()) {
            if (row.tags().contains(Tag.OVERRIDE)) {
                validator.problem(row, Message.OVERRIDE_WITHOUT_EXTENDS);
            } else {
                validator.addCode(row, true);
            }
        }
        return validator.build(spec.file());
    }

    /**
     * The standard table with a project's spec layered over it, or empty after adding problems. The project's
     * spec adds codes and classes, and replaces the standard rows that it tags {@code override}.
     */
    public static Optional<StatusTable> layer(ParsedSpec standard, ParsedSpec project, Problems problems) {
        SpecValidator validator = new SpecValidator(problems);
        validator.requireTables(project, false);
        validator.addClasses(standard);
        validator.addClasses(project);
        for (CodeRow row : standard.codes()) {
            validator.addCode(row, true);
        }
        Set<Integer> standardCodes =
                standard.codes().stream().map(CodeRow::code).collect(Collectors.toSet());
        Set<Integer> projectCodes = new HashSet<>();
        for (CodeRow row : project.codes()) {
            boolean overrides = row.tags().contains(Tag.OVERRIDE);
            boolean inStandard = standardCodes.contains(row.code());
            if (!projectCodes.add(row.code())) {
                validator.addCode(row, false);
            } else if (overrides && !inStandard) {
                validator.problem(row, Message.OVERRIDES_NOTHING, row.code());
            } else if (inStandard && !overrides) {
                validator.problem(
                        row,
                        Message.OVERRIDE_NEEDED,
                        row.code(),
                        validator.codes.get(row.code()).row.name());
            } else {
                validator.codes.remove(row.code());
                validator.addCode(row, overrides);
            }
        }
        return validator.build(project.file() + " over the standard table");
    }

    private void requireTables(ParsedSpec spec, boolean needsClasses) {
        if (!spec.hasCodeTable()) {
            problems.add(Problem.at(spec.file(), 1, Message.NO_CODE_TABLE));
        }
        if (needsClasses && !spec.hasClassTable()) {
            problems.add(Problem.at(spec.file(), 1, Message.NO_CLASS_TABLE));
        }
    }

    private void addClasses(ParsedSpec spec) {
        for (ClassRow row : spec.classes()) {
            ClassRow first = classIds.putIfAbsent(row.id(), row);
            ClassRow sameClassifier =
                    first == null ? classifiers.putIfAbsent(Identifiers.classifierName(row.id()), row) : null;
            if (first != null) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.DUPLICATE_CLASS_ID,
                        row.id(),
                        where(row.file(), first.file(), first.line())));
            } else if (sameClassifier != null) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.CLASSIFIER_CLASH,
                        row.id(),
                        Identifiers.classifierName(row.id()),
                        sameClassifier.id(),
                        where(row.file(), sameClassifier.file(), sameClassifier.line())));
            } else {
                classes.add(row);
            }
        }
    }

    private void addCode(CodeRow row, boolean standardSource) {
        Row first = codes.putIfAbsent(row.code(), new Row(row, standardSource));
        if (first != null) {
            problem(row, Message.DUPLICATE_CODE, row.code(), where(row.file(), first.row.file(), first.row.line()));
        }
    }

    private Optional<StatusTable> build(String source) {
        classes.sort(Comparator.comparingInt(ClassRow::firstCode));
        StatusClass[] classOf = new StatusClass[CODE_LIMIT];
        List<StatusClass> statusClasses = new ArrayList<>();
        ClassRow widest = null;
        for (ClassRow row : classes) {
            if (widest != null && row.firstCode() <= widest.lastCode()) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.OVERLAPPING_RANGE,
                        row.firstCode(),
                        row.lastCode(),
                        widest.firstCode(),
                        widest.lastCode(),
                        where(row.file(), widest.file(), widest.line())));
                continue;
            }
            widest = row;
            StatusClass statusClass =
                    new StatusClass(row.id(), row.firstCode(), row.lastCode(), row.name(), row.description());
            statusClasses.add(statusClass);
            for (int code = row.firstCode(); code <= row.lastCode(); code++) {
                classOf[code] = statusClass;
            }
        }
        String ranges = statusClasses.stream().map(StatusClass::range).collect(Collectors.joining(", "));
        Map<String, CodeRow> constants = new HashMap<>();
        List<StatusCode> statusCodes = new ArrayList<>();
        for (Row entry : codes.values()) {
            CodeRow row = entry.row;
            StatusClass statusClass = classOf[row.code()];
            String constant = Identifiers.constantName(row.name(), row.code());
            CodeRow clash = constants.putIfAbsent(constant, row);
            if (statusClass == null) {
                problem(row, Message.CODE_OUTSIDE_CLASSES, row.code(), ranges.isEmpty() ? "there are none" : ranges);
            } else if (clash != null) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.NAME_CLASH,
                        row.name(),
                        constant,
                        clash.name(),
                        where(row.file(), clash.file(), clash.line())));
            } else {
                Set<Tag> tags = EnumSet.noneOf(Tag.class);
                tags.addAll(row.tags());
                tags.remove(Tag.OVERRIDE);
                boolean standard = entry.standardSource && !tags.contains(Tag.NON_STANDARD);
                statusCodes.add(new StatusCode(
                        row.code(), constant, row.name(), row.description(), statusClass, tags, standard));
            }
        }
        if (problems.any()) {
            return Optional.empty();
        }
        statusCodes.sort(Comparator.comparingInt(StatusCode::code));
        return Optional.of(new StatusTable(source, statusClasses, statusCodes));
    }

    private void problem(CodeRow row, Message message, Object... args) {
        problems.add(Problem.at(row.file(), row.line(), row.column(), message, args));
    }

    /** Where another row stands: {@code line 12} in the same file, else {@code file:12}. */
    private static String where(String file, String otherFile, int otherLine) {
        return file.equals(otherFile) ? "line " + otherLine : otherFile + ":" + otherLine;
    }

    /** A code row and whether it comes from the table that counts as standard. */
    private record Row(CodeRow row, boolean standardSource) {}
}
