package dev.statusgen.processor;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.model.BuiltInTable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads a spec's bytes: a table bundled with the processor, or a project's spec from the directory of the option
 * {@value #SPEC_DIR_OPTION}, the class output, the class path or the source path, in that order.
 */
final class SpecLoader {
    /** The processor option naming a directory to read specs from first. */
    static final String SPEC_DIR_OPTION = "statusgen.specDir";

    private static final List<StandardLocation> LOCATIONS =
            List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH);

    private final Filer filer;
    private final String specDir;

    SpecLoader(Filer filer, String specDir) {
        this.filer = filer;
        this.specDir = specDir;
    }

    /** A spec that could not be read, with the problem to report. */
    static final class LoadException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        LoadException(Problem problem) {
            super(problem.text());
            this.problem = problem;
        }

        /** Why the spec could not be read. */
        Problem problem() {
            return problem;
        }
    }

    /** The bytes of the bundled table {@code table}. */
    static byte[] bundled(BuiltInTable table) throws LoadException {
        try (InputStream in = SpecLoader.class.getResourceAsStream(table.resource())) {
            if (in == null) {
                throw new FileNotFoundException("the processor jar lacks its bundled " + table.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LoadException(Problem.about(table.resource(), Message.SPEC_UNREADABLE, table.resource(), e));
        }
    }

    /** The bytes of the project's spec {@code name}. */
    byte[] read(String name) throws LoadException {
        List<String> tried = new ArrayList<>();
        try {
            if (specDir != null) {
                Path path = Path.of(specDir).resolve(name);
                if (Files.isRegularFile(path)) {
                    return Files.readAllBytes(path);
                }
                tried.add("-A" + SPEC_DIR_OPTION + " (" + path + ")");
            }
            for (StandardLocation location : LOCATIONS) {
                try {
                    FileObject file = filer.getResource(location, "", name);
                    try (InputStream in = file.openInputStream()) {
                        return in.readAllBytes();
                    } catch (FileNotFoundException | NoSuchFileException e) {
                        tried.add(location + " (" + file.toUri() + ")");
                    } catch (IOException e) {
                        tried.add(location + " (" + file.toUri() + ": " + e.getMessage() + ")");
                    }
                } catch (FileNotFoundException | NoSuchFileException | RuntimeException e) {
                    // Not there, or a location or name this compiler cannot serve (Eclipse's compiler throws IAE).
                    tried.add(location.getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new LoadException(Problem.about(name, Message.SPEC_UNREADABLE, name, e));
        }
        throw new LoadException(Problem.about(name, Message.SPEC_NOT_FOUND, name, String.join(", ", tried)));
    }
}
