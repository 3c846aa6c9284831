package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the files of one holder, on the caller's thread: the four sources, formatted by JavaPoet, and the
 * Markdown reference, in a fixed order. Nothing here touches the compiler: the caller writes the text through the
 * {@code Filer}.
 */
public final class Renderer {
    private Renderer() {}

    /** A rendered file. */
    public enum Kind {
        /** A Java source; {@link Rendered#name()} is the type's qualified name. */
        SOURCE,
        /** A resource in the class output; {@link Rendered#name()} is its relative path. */
        RESOURCE
    }

    /**
     * A rendered file.
     *
     * @param kind a source or a resource
     * @param name the qualified type name of a source, or the path of a resource
     * @param text the content
     */
    public record Rendered(Kind kind, String name, String text) {}

    /**
     * Renders every file of the holder, in a fixed order: the status enum, the int constants, the status classes,
     * the shared interface, the reference.
     */
    public static List<Rendered> render(WriterContext context) {
        List<Rendered> files = new ArrayList<>(5);
        files.add(source(context, 0, StatusEnumWriter.write(context).toString()));
        files.add(source(context, 1, CodesWriter.write(context).toString()));
        files.add(source(context, 2, StatusClassWriter.write(context).toString()));
        files.add(source(context, 3, StatusCodeInterfaceWriter.write(context).toString()));
        files.add(new Rendered(Kind.RESOURCE, context.names().referencePath(), ReferenceDocWriter.write(context)));
        return files;
    }

    private static Rendered source(WriterContext context, int type, String text) {
        return new Rendered(Kind.SOURCE, context.names().types().get(type).canonicalName(), text);
    }
}
