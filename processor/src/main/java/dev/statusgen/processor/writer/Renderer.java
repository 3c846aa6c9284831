package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the files of one holder: the four sources, formatted by JavaPoet, and the Markdown reference. Each file
 * is rendered on a thread of its own, the largest on the caller's, since the writers share nothing but the
 * immutable {@link WriterContext}; the files come back in a fixed order, so the output is the same whatever the
 * threads do. Nothing here touches the compiler: the caller writes the text through the {@code Filer}.
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
     *
     * @throws RuntimeException what a writer threw, if one did
     * @throws Error what a writer threw, if one did
     */
    public static List<Rendered> render(WriterContext context) {
        Task[] tasks = new Task[Task.COUNT];
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = new Task(context, i);
        }
        for (int i = 1; i < tasks.length; i++) {
            tasks[i].start();
        }
        tasks[0].run();
        boolean interrupted = false;
        for (int i = 1; i < tasks.length; i++) {
            while (tasks[i].isAlive()) {
                try {
                    tasks[i].join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<Rendered> files = new ArrayList<>(tasks.length);
        for (Task task : tasks) {
            if (task.failure instanceof RuntimeException e) {
                throw e;
            }
            if (task.failure instanceof Error e) {
                throw e;
            }
            files.add(task.rendered);
        }
        return files;
    }

    /** Renders one file; it keeps what a writer throws, for {@link #render} to rethrow on the caller's thread. */
    private static final class Task extends Thread {
        static final int COUNT = 5;

        private final WriterContext context;
        private final int file;
        private Rendered rendered;
        private Throwable failure;

        Task(WriterContext context, int file) {
            super("statusgen-renderer-" + file);
            setDaemon(true);
            this.context = context;
            this.file = file;
        }

        @Override
        public void run() {
            try {
                rendered = switch (file) {
                    case 0 -> source(StatusEnumWriter.write(context).toString());
                    case 1 -> source(CodesWriter.write(context).toString());
                    case 2 -> source(StatusClassWriter.write(context).toString());
                    case 3 -> source(StatusCodeInterfaceWriter.write(context).toString());
                    default ->
                        new Rendered(Kind.RESOURCE, context.names().referencePath(), ReferenceDocWriter.write(context));
                };
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        private Rendered source(String text) {
            return new Rendered(Kind.SOURCE, context.names().types().get(file).canonicalName(), text);
        }
    }
}
