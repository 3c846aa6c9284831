package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the files of one holder, on the caller's thread: each {@link GeneratedFile} in its order, the sources
 * formatted by JavaPoet. Nothing here touches the compiler: the caller writes the text through the {@code Filer}.
 */
public final class Renderer {
    private Renderer() {}

    /**
     * A rendered file.
     *
     * @param file which file it is
     * @param name the qualified type name of a source, or the path of a resource
     * @param text the content
     */
    public record Rendered(GeneratedFile file, String name, String text) {}

    /** Renders every file of the holder, in the order of {@link GeneratedFile}. */
    public static List<Rendered> render(WriterContext context) {
        List<Rendered> files = new ArrayList<>(GeneratedFile.values().length);
        for (GeneratedFile file : GeneratedFile.values()) {
            files.add(new Rendered(file, file.name(context.names()), file.render(context)));
        }
        return files;
    }
}
