package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the files of one holder, on the caller's thread: each {@link GeneratedFile} in its order, the sources
 * formatted by JavaPoet. Nothing here touches the compiler: the caller writes the text through the {@code Filer}.
 */
public class Renderer {
    /** Creates the renderer that the processor uses. */
    public Renderer() {}

    /**
     * A rendered file.
     *
     * @param file which file it is
     * @param name the qualified type name of a source, or the path of a resource
     * @param text the content
     */
    public record Rendered(GeneratedFile file, String name, String text) {}

    /** Renders every file of the holder, in the order of {@link GeneratedFile}. */
    public final List<Rendered> render(WriterContext context) {
        List<Rendered> files = new ArrayList<>(GeneratedFile.values().length);
        for (GeneratedFile file : GeneratedFile.values()) {
            files.add(new Rendered(file, file.name(context.names()), text(file, context)));
        }
        return files;
    }

    /**
     * The text of {@code file}, as its writer makes it. The processor's tests override this, and hand the
     * processor their renderer through a constructor that only they can call, to see what a writer that throws
     * does to a compile.
     */
    protected String text(GeneratedFile file, WriterContext context) {
        return file.render(context);
    }
}
