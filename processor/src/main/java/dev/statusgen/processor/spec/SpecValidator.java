package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.BuiltInTable;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.Identifiers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the rows of parsed specs against each other and builds the {@link StatusTable}: no duplicate codes,
 * class ids, tags or constant names, no overlapping ranges, every code inside a class, every tag declared, and no
 * derived method (a classifier or a tag predicate) on a name that the generated types already use.
 *
 * <p>Specs compose: each spec is layered over the ones before it. A later spec adds codes, classes and tags; a
 * code that is already there is an error unless its row is tagged {@value Tag#OVERRIDE}, which replaces it. The
 * codes that a later spec adds are non-standard; a replaced code keeps the standing of the code it replaces.
 * Work is linear in the number of rows.
 */
public final class SpecValidator {
    /** Codes are 3 digits, so a class lookup fits an array of this size. */
    private static final int CODE_LIMIT = 1000;

    private final Problems problems;
    private final Map<String, ClassRow> classIds = new HashMap<>();
    private final List<ClassRow> classes = new ArrayList<>();
    private final Map<String, TagRow> declared = new LinkedHashMap<>();
    private final Set<String> bundledTags = new HashSet<>();
    private final Map<Integer, Entry> codes = new LinkedHashMap<>();

    private SpecValidator(Problems problems) {
        this.problems = problems;
    }

    /**
     * The table of {@code layers}, each layered over the ones before it, or empty after adding problems.
     *
     * @param layers the parsed specs, the lowest first
     * @param source where the table comes from, for documentation
     * @param problems where problems go
     * @return the table, if there is no problem
     */
    public static Optional<StatusTable> compose(List<ParsedSpec> layers, String source, Problems problems) {
        SpecValidator validator = new SpecValidator(problems);
        for (int i = 0; i < layers.size(); i++) {
            validator.layer(layers.get(i), i == 0 ? null : layers.subList(0, i));
        }
        return validator.build(source);
    }

    /** Adds one spec, over {@code below}, or null for the lowest. */
    private void layer(ParsedSpec spec, List<ParsedSpec> below) {
        if (!spec.hasCodeTable()) {
            problems.add(Problem.at(spec.file(), 1, Message.NO_CODE_TABLE));
        }
        if (below == null && !spec.hasClassTable()) {
            problems.add(Problem.at(spec.file(), 1, Message.NO_CLASS_TABLE));
        }
        for (TagRow row : spec.tags()) {
            declare(row);
            if (spec.bundled()) {
                bundledTags.add(row.id());
            }
        }
        for (ClassRow row : spec.classes()) {
            ClassRow first = classIds.putIfAbsent(row.id(), row);
            if (first != null) {
                problems.add(Problem.at(
                        row.file(), row.line(), Message.DUPLICATE_CLASS_ID, row.id(), where(row.file(), first)));
            } else {
                classes.add(row);
            }
        }
        Map<Integer, CodeRow> own = new HashMap<>();
        for (CodeRow row : spec.codes()) {
            if (!knowsTags(row)) {
                continue;
            }
            CodeRow again = own.putIfAbsent(row.code(), row);
            Entry existing = codes.get(row.code());
            boolean overrides = row.has(Tag.OVERRIDE);
            if (again != null) {
                problem(row, Message.DUPLICATE_CODE, row.code(), where(row.file(), again));
            } else if (below == null && overrides) {
                problem(row, Message.OVERRIDE_WITHOUT_EXTENDS);
            } else if (below == null) {
                codes.put(row.code(), new Entry(row, true));
            } else if (existing != null && !overrides) {
                problem(row, Message.OVERRIDE_NEEDED, row.code(), describe(existing.row), existing.row.name());
            } else if (existing == null && overrides) {
                problem(row, Message.OVERRIDES_NOTHING, row.code(), describeAll(below));
            } else {
                codes.put(row.code(), new Entry(row, existing != null && existing.standard));
            }
        }
    }

    private void declare(TagRow row) {
        if (Tag.isBuiltIn(row.id())) {
            problems.add(Problem.at(row.file(), row.line(), row.column(), Message.TAG_BUILT_IN, row.id()));
            return;
        }
        if (!Identifiers.isTagConstant(row.id())) {
            problems.add(Problem.at(
                    row.file(),
                    row.line(),
                    row.column(),
                    Message.TAG_NOT_CONSTANT,
                    row.id(),
                    Identifiers.tagConstant(row.id())));
        }
        TagRow first = declared.putIfAbsent(row.id(), row);
        if (first != null) {
            problems.add(Problem.at(
                    row.file(),
                    row.line(),
                    row.column(),
                    Message.DUPLICATE_TAG,
                    row.id(),
                    where(row.file(), first.file(), first.line())));
        }
    }

    /** Whether every tag of the row is built in or declared so far, after adding a problem for each that is not. */
    private boolean knowsTags(CodeRow row) {
        boolean known = true;
        for (CodeRow.Item tag : row.tags()) {
            if (!Tag.isBuiltIn(tag.text()) && !declared.containsKey(tag.text())) {
                List<String> ids = new ArrayList<>();
                for (Tag builtIn : Tag.BUILT_IN) {
                    ids.add(builtIn.id());
                }
                ids.addAll(declared.keySet());
                problems.add(Problem.at(
                        row.file(), row.line(), tag.column(), Message.UNKNOWN_TAG, tag.text(), String.join(", ", ids)));
                known = false;
            }
        }
        return known;
    }

    private Optional<StatusTable> build(String source) {
        List<StatusClass> statusClasses = statusClasses();
        List<Tag> tags = tags(statusClasses);
        StatusClass[] classOf = new StatusClass[CODE_LIMIT];
        for (StatusClass statusClass : statusClasses) {
            for (int code = statusClass.firstCode(); code <= statusClass.lastCode(); code++) {
                classOf[code] = statusClass;
            }
        }
        List<String> ranges = new ArrayList<>();
        for (StatusClass statusClass : statusClasses) {
            ranges.add(statusClass.range());
        }
        Constants constants = new Constants();
        List<StatusCode> statusCodes = new ArrayList<>();
        for (Entry entry : codes.values()) {
            CodeRow row = entry.row;
            StatusClass statusClass = classOf[row.code()];
            String constant = Identifiers.constantName(row.name(), row.code());
            if (statusClass == null) {
                problem(
                        row,
                        Message.CODE_OUTSIDE_CLASSES,
                        row.code(),
                        ranges.isEmpty() ? "there are none" : String.join(", ", ranges));
            } else if (constants.add(constant, row, 0, row.name(), Message.NAME_CLASH)) {
                statusCodes.add(new StatusCode(
                        row.code(),
                        constant,
                        row.name(),
                        row.description(),
                        statusClass,
                        tagIds(entry),
                        aliases(row, constant, constants),
                        row.references()));
            }
        }
        if (problems.any()) {
            return Optional.empty();
        }
        statusCodes.sort(new ByCode());
        return Optional.of(new StatusTable(source, statusClasses, statusCodes, tags));
    }

    /** The classes, ordered by range, after checking their ranges and classifiers. */
    private List<StatusClass> statusClasses() {
        classes.sort(new ByFirstCode());
        Map<String, ClassRow> classifiers = new HashMap<>();
        List<StatusClass> statusClasses = new ArrayList<>();
        ClassRow widest = null;
        for (ClassRow row : classes) {
            String classifier = Identifiers.classifierName(row.id());
            if (GeneratedMembers.ALL.contains(classifier) || builtInPredicate(classifier)) {
                problems.add(Problem.at(
                        row.file(), row.line(), row.idColumn(), Message.RESERVED_CLASS_ID, row.id(), classifier));
                continue;
            }
            ClassRow sameClassifier = classifiers.putIfAbsent(classifier, row);
            if (sameClassifier != null) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.CLASSIFIER_CLASH,
                        row.id(),
                        classifier,
                        sameClassifier.id(),
                        where(row.file(), sameClassifier)));
                continue;
            }
            if (widest != null && row.firstCode() <= widest.lastCode()) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        Message.OVERLAPPING_RANGE,
                        row.firstCode(),
                        row.lastCode(),
                        widest.firstCode(),
                        widest.lastCode(),
                        where(row.file(), widest)));
                continue;
            }
            widest = row;
            statusClasses.add(
                    new StatusClass(row.id(), row.firstCode(), row.lastCode(), row.name(), row.description()));
        }
        return statusClasses;
    }

    private static boolean builtInPredicate(String name) {
        for (Tag tag : Tag.BUILT_IN) {
            if (tag.hasPredicate() && tag.predicateName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The built-in tags and the declared ones, after checking the declared tags' predicates. */
    private List<Tag> tags(List<StatusClass> statusClasses) {
        Map<String, String> owners = new HashMap<>();
        for (Tag tag : Tag.BUILT_IN) {
            owners.put(tag.predicateName(), "the built-in tag " + tag.id());
        }
        for (StatusClass statusClass : statusClasses) {
            ClassRow row = classIds.get(statusClass.id());
            owners.putIfAbsent(
                    statusClass.classifierName(), "the class id " + row.id() + " on " + row.file() + ":" + row.line());
        }
        List<Tag> tags = new ArrayList<>(Tag.BUILT_IN);
        for (TagRow row : declared.values()) {
            Tag tag = new Tag(row.id(), row.description(), bundledTags.contains(row.id()));
            String predicate = tag.predicateName();
            String owner =
                    owners.putIfAbsent(predicate, "the tag " + row.id() + " on " + row.file() + ":" + row.line());
            if (GeneratedMembers.ALL.contains(predicate)) {
                problems.add(
                        Problem.at(row.file(), row.line(), row.column(), Message.RESERVED_TAG, row.id(), predicate));
            } else if (owner != null) {
                problems.add(Problem.at(
                        row.file(), row.line(), row.column(), Message.TAG_CLASH, row.id(), predicate, owner));
            }
            tags.add(tag);
        }
        return tags;
    }

    /** The sorted tag ids of a code: its row's, without override, and non-standard unless it is standard. */
    private static List<String> tagIds(Entry entry) {
        TreeSet<String> ids = new TreeSet<>();
        for (CodeRow.Item tag : entry.row.tags()) {
            ids.add(tag.text());
        }
        ids.remove(Tag.OVERRIDE);
        if (!entry.standard) {
            ids.add(Tag.NON_STANDARD);
        }
        return List.copyOf(ids);
    }

    /**
     * The aliases of a row whose name gave {@code own}, each taking its constant right after the name, so that a
     * clash is reported on the row of the spec that comes later.
     */
    private List<StatusCode.Alias> aliases(CodeRow row, String own, Constants constants) {
        List<StatusCode.Alias> aliases = new ArrayList<>();
        for (CodeRow.Item alias : row.aliases()) {
            String constant = Identifiers.constantName(alias.text(), row.code());
            if (constant.equals(own)) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        alias.column(),
                        Message.ALIAS_IS_NAME,
                        alias.text(),
                        row.code(),
                        constant));
            } else if (constants.add(constant, row, alias.column(), alias.text(), Message.ALIAS_CLASH)) {
                aliases.add(new StatusCode.Alias(alias.text(), constant));
            }
        }
        return aliases;
    }

    private void problem(CodeRow row, Message message, Object... args) {
        problems.add(Problem.at(row.file(), row.line(), row.column(), message, args));
    }

    /** Where another row stands: {@code line 12} in the same file, else {@code file:12}. */
    private static String where(String file, String otherFile, int otherLine) {
        return file.equals(otherFile) ? "line " + otherLine : otherFile + ":" + otherLine;
    }

    private static String where(String file, ClassRow other) {
        return where(file, other.file(), other.line());
    }

    private static String where(String file, CodeRow other) {
        return where(file, other.file(), other.line());
    }

    private static String describe(CodeRow row) {
        return BuiltInTable.describe(row.file());
    }

    private static String describeAll(List<ParsedSpec> specs) {
        List<String> names = new ArrayList<>();
        for (ParsedSpec spec : specs) {
            names.add(BuiltInTable.describe(spec.file()));
        }
        return String.join(" and ", names);
    }

    /** The constants taken so far, by the names and aliases that gave them. */
    private final class Constants {
        private final Map<String, Taken> taken = new HashMap<>();

        /**
         * Takes {@code constant} for {@code text}, at {@code column} of {@code row}, or adds {@code clash} and
         * answers false.
         */
        boolean add(String constant, CodeRow row, int column, String text, Message clash) {
            Taken first = taken.putIfAbsent(constant, new Taken(row, text));
            if (first != null) {
                problems.add(Problem.at(
                        row.file(),
                        row.line(),
                        column,
                        clash,
                        text,
                        constant,
                        first.text,
                        where(row.file(), first.row)));
                return false;
            }
            return true;
        }
    }

    private record Taken(CodeRow row, String text) {}

    /** Orders codes by code. */
    private static final class ByCode implements Comparator<StatusCode> {
        @Override
        public int compare(StatusCode a, StatusCode b) {
            return Integer.compare(a.code(), b.code());
        }
    }

    /** Orders class rows by the first code of their ranges. */
    private static final class ByFirstCode implements Comparator<ClassRow> {
        @Override
        public int compare(ClassRow a, ClassRow b) {
            return Integer.compare(a.firstCode(), b.firstCode());
        }
    }

    /** A code row and whether it is standard. */
    private record Entry(CodeRow row, boolean standard) {}
}
