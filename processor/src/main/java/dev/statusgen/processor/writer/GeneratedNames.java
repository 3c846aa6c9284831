package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names of what statusgen generates for one holder, derived from the holder's simple name: for
 * {@code p.Http}, {@code p.HttpStatus}, {@code p.HttpStatusCodes}, {@code p.HttpStatusClass},
 * {@code p.HttpStatusCode}, {@code p.HttpStatusTag} and the resource {@code META-INF/statusgen/p/Http.md}.
 *
 * @param packageName the holder's package, empty for the unnamed package
 * @param holder the holder's simple name
 */
public record GeneratedNames(String packageName, String holder) {

    /** The enum of status codes. */
    public ClassName statusEnum() {
        return ClassName.get(packageName, holder + "Status");
    }

    /** The class of int constants and int classifiers. */
    public ClassName codes() {
        return ClassName.get(packageName, holder + "StatusCodes");
    }

    /** The enum of status classes. */
    public ClassName statusClass() {
        return ClassName.get(packageName, holder + "StatusClass");
    }

    /** The interface that table statuses and non-standard codes share. */
    public ClassName codeInterface() {
        return ClassName.get(packageName, holder + "StatusCode");
    }

    /** The enum of the tags that codes carry. */
    public ClassName statusTag() {
        return ClassName.get(packageName, holder + "StatusTag");
    }

    /** The value type of a non-standard code, nested in {@link #codeInterface()}. */
    public ClassName nonStandard() {
        return codeInterface().nestedClass("NonStandard");
    }

    /** The value type of a reference, nested in {@link #codeInterface()}. */
    public ClassName reference() {
        return codeInterface().nestedClass("Reference");
    }

    /** Every top-level type, in the order of the {@link GeneratedFile}s that declare them. */
    public List<ClassName> types() {
        List<ClassName> types = new ArrayList<>(GeneratedFile.values().length);
        for (GeneratedFile file : GeneratedFile.values()) {
            if (file.isSource()) {
                types.add(file.type(this));
            }
        }
        return Collections.unmodifiableList(types);
    }

    /** The path of the Markdown reference in the class output. */
    public String referencePath() {
        return "META-INF/statusgen/" + (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + holder
                + ".md";
    }
}
