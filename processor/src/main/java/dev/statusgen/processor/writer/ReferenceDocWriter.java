package dev.statusgen.processor.writer;

import dev.statusgen.processor.model.Reference;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Markdown reference of the whole table, for applications to ship or serve: the classes, the codes of
 * each class with their constants, tags and descriptions (and their aliases and references, where the table has
 * any), and the codes and the enum constant of each tag.
 */
public final class ReferenceDocWriter {
    private final StatusTable table;
    private final StringBuilder out = new StringBuilder();

    private ReferenceDocWriter(StatusTable table) {
        this.table = table;
    }

    /** The reference's text. */
    public static String write(WriterContext context) {
        ReferenceDocWriter writer = new ReferenceDocWriter(context.table());
        writer.header(context.names());
        writer.classes();
        writer.codes();
        writer.tags(context.names().statusTag().simpleName());
        return writer.out.toString();
    }

    private void header(GeneratedNames names) {
        out.append("# HTTP status codes\n\n")
                .append(Wording.GENERATED_MARK)
                .append(" from ")
                .append(MarkdownText.cell(table.source()))
                .append(" for `")
                .append(names.statusEnum().canonicalName())
                .append("`: ")
                .append(table.codes().size())
                .append(" codes in ")
                .append(table.classes().size())
                .append(" classes. ")
                .append("A 3-digit code in a class's range that the table lacks is ")
                .append(Wording.NON_STANDARD_DESCRIPTION.toLowerCase(Locale.ROOT))
                .append(" The API answers it with `")
                .append(String.join(".", names.nonStandard().simpleNames()))
                .append("`, not to be confused with ")
                .append(Wording.NON_STANDARD_TAG.replace('\n', ' '))
                .append(". Both answer `isStandard()` with false.")
                .append("\n\n## Classes\n\n")
                .append("| Range | Id | Class | Description |\n|---|---|---|---|\n");
    }

    private void classes() {
        for (StatusClass c : table.classes()) {
            row(c.range(), "`" + c.id() + "`", MarkdownText.cell(c.name()), MarkdownText.cell(c.description()));
        }
    }

    private void codes() {
        boolean aliases = false;
        boolean references = false;
        for (StatusCode code : table.codes()) {
            aliases |= !code.aliases().isEmpty();
            references |= !code.references().isEmpty();
        }
        for (StatusClass c : table.classes()) {
            out.append("\n## ")
                    .append(c.range())
                    .append(": ")
                    .append(MarkdownText.cell(c.name()))
                    .append("\n\n");
            List<StatusCode> codes = new ArrayList<>();
            for (StatusCode code : table.codes()) {
                if (code.statusClass() == c) {
                    codes.add(code);
                }
            }
            if (codes.isEmpty()) {
                out.append("The table has no codes in this class.\n");
                continue;
            }
            out.append("| Code | Name | Constant | Tags |")
                    .append(aliases ? " Aliases |" : "")
                    .append(references ? " References |" : "")
                    .append(" Description |\n|---|---|---|---|")
                    .append(aliases ? "---|" : "")
                    .append(references ? "---|" : "")
                    .append("---|\n");
            for (StatusCode code : codes) {
                List<String> cells = new ArrayList<>(List.of(
                        String.valueOf(code.code()),
                        MarkdownText.cell(code.name()),
                        "`" + code.constantName() + "`",
                        String.join(", ", code.tags())));
                if (aliases) {
                    List<String> names = new ArrayList<>();
                    for (StatusCode.Alias alias : code.aliases()) {
                        names.add(MarkdownText.cell(alias.name()) + " (`" + alias.constantName() + "`)");
                    }
                    cells.add(String.join(", ", names));
                }
                if (references) {
                    cells.add(references(code.references()));
                }
                cells.add(MarkdownText.cell(code.description()));
                row(cells.toArray(new String[0]));
            }
        }
    }

    /**
     * The codes of each tag that some code carries or the table declares, with its constant of the tag enum
     * {@code tagEnum}, such as {@code HttpStatusTag}.
     */
    private void tags(String tagEnum) {
        StringBuilder rows = new StringBuilder();
        for (Tag tag : table.tags()) {
            List<StatusCode> tagged = table.codesTagged(tag.id());
            if (tagged.isEmpty() && Tag.isBuiltIn(tag.id())) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (StatusCode code : tagged) {
                codes.add(String.valueOf(code.code()));
            }
            rows.append("| ")
                    .append(tag.id())
                    .append(" | ")
                    .append(tag.hasConstant() ? "`" + tagEnum + "." + tag.constantName() + "`" : "")
                    .append(" | ")
                    .append(tag.hasPredicate() ? "`" + tag.predicateName() + "()`" : "")
                    .append(" | ")
                    .append(MarkdownText.cell(tag.description()))
                    .append(" | ")
                    .append(codes.isEmpty() ? "none" : String.join(", ", codes))
                    .append(" |\n");
        }
        if (rows.length() > 0) {
            out.append("\n## Tags\n\n| Tag | Constant | Predicate | Description | Codes |\n|---|---|---|---|---|\n")
                    .append(rows);
        }
    }

    /** References as Markdown: links for links, plain text for the rest. */
    private static String references(List<Reference> references) {
        List<String> texts = new ArrayList<>();
        for (Reference reference : references) {
            String label = MarkdownText.cell(reference.label());
            texts.add(reference.isLink() ? "[" + label + "](<" + MarkdownText.url(reference.url()) + ">)" : label);
        }
        return String.join(", ", texts);
    }

    private void row(String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }
}
