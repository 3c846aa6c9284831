package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * The files that statusgen generates for a holder, in the order in which they are rendered and written. Each owns
 * its name, from {@link GeneratedNames}, and the writer that renders it, so that the names of the types and the
 * writers cannot drift apart: {@link GeneratedNames#types()} is derived from this table.
 */
public enum GeneratedFile {
    /** The enum of status codes, such as {@code HttpStatus}, which {@link StatusEnumWriter} writes. */
    STATUS_ENUM,
    /** The class of int constants and classifiers, such as {@code HttpStatusCodes}, which {@link CodesWriter} writes. */
    CODES,
    /** The enum of status classes, such as {@code HttpStatusClass}, which {@link StatusClassWriter} writes. */
    STATUS_CLASS,
    /** The shared interface, such as {@code HttpStatusCode}, which {@link StatusCodeInterfaceWriter} writes. */
    CODE_INTERFACE,
    /** The enum of tags, such as {@code HttpStatusTag}, which {@link StatusTagWriter} writes. */
    STATUS_TAG,
    /** The Markdown reference in the class output, which {@link ReferenceDocWriter} writes. */
    REFERENCE;

    /** Whether this file is a Java source; else it is a resource in the class output. */
    public boolean isSource() {
        return this != REFERENCE;
    }

    /**
     * The top-level type that this source declares.
     *
     * @throws IllegalStateException for the reference, which is no source
     */
    public ClassName type(GeneratedNames names) {
        return switch (this) {
            case STATUS_ENUM -> names.statusEnum();
            case CODES -> names.codes();
            case STATUS_CLASS -> names.statusClass();
            case CODE_INTERFACE -> names.codeInterface();
            case STATUS_TAG -> names.statusTag();
            case REFERENCE -> throw new IllegalStateException("the reference is a resource, not a type");
        };
    }

    /** The qualified name of a source's type, or the path of the resource in the class output. */
    public String name(GeneratedNames names) {
        return isSource() ? type(names).canonicalName() : names.referencePath();
    }

    /** This file's text, as its writer makes it. */
    String render(WriterContext context) {
        return switch (this) {
            case STATUS_ENUM -> StatusEnumWriter.write(context).toString();
            case CODES -> CodesWriter.write(context).toString();
            case STATUS_CLASS -> StatusClassWriter.write(context).toString();
            case CODE_INTERFACE -> StatusCodeInterfaceWriter.write(context).toString();
            case STATUS_TAG -> StatusTagWriter.write(context).toString();
            case REFERENCE -> ReferenceDocWriter.write(context);
        };
    }
}
