package dev.statusgen.benchmarks.floor;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The floor of the compile-cost harness, never shipped: a processor that does nothing but write, for each
 * {@code @HttpStatusTable} holder, the very files that statusgen generated for it, from canned bytes. What it
 * costs over {@code javac -proc:none} is what any processor that writes those files costs: the processor path,
 * a second round, and parsing the generated sources in it with their doc comments. What statusgen costs over
 * the floor is statusgen's own work.
 *
 * <p>It claims the same annotations and options as statusgen, so javac treats both alike. The harness
 * ({@code CompileCost}) puts this class in a jar of its own with a service entry, as statusgen's jar has, and
 * one resource per holder, {@code floor/<holder's qualified name>}: a count, then for each file its kind
 * ({@code source} or {@code resource}), its name (a type's qualified name, or a path in the class output), its
 * length and its bytes, as {@link java.io.DataOutputStream} writes them. No lambdas, streams, formatting or
 * string concatenation with {@code +} (an invokedynamic call site), so that it loads as few classes as a
 * processor can.
 */
@SupportedAnnotationTypes({
    FloorProcessor.ANNOTATION,
    "javax.annotation.processing.Generated",
    "javax.annotation.Generated"
})
@SupportedOptions({"statusgen.specDir", "statusgen.verbose"})
public final class FloorProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.statusgen.HttpStatusTable";

    /** Creates the processor; the compiler calls this. */
    public FloorProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(ANNOTATION)) {
                for (Element holder : round.getElementsAnnotatedWith(annotation)) {
                    write((TypeElement) holder);
                }
            }
        }
        return !annotations.isEmpty();
    }

    private void write(TypeElement holder) {
        String name = holder.getQualifiedName().toString();
        Filer filer = processingEnv.getFiler();
        try (InputStream resource = FloorProcessor.class.getResourceAsStream("/floor/".concat(name))) {
            if (resource == null) {
                processingEnv
                        .getMessager()
                        .printMessage(Diagnostic.Kind.ERROR, "the floor has no files for ".concat(name));
                return;
            }
            DataInputStream in = new DataInputStream(resource);
            int files = in.readInt();
            for (int i = 0; i < files; i++) {
                String kind = in.readUTF();
                String file = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                FileObject target = kind.equals("source")
                        ? filer.createSourceFile(file, holder)
                        : filer.createResource(StandardLocation.CLASS_OUTPUT, "", file, holder);
                try (OutputStream out = target.openOutputStream()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, "the floor failed: ".concat(e.toString()), holder);
        }
    }
}
