package dev.statusgen.processor;

import com.google.auto.service.AutoService;
import dev.statusgen.processor.Reporter.Place;
import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.model.Integration;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.writer.GeneratedNames;
import dev.statusgen.processor.writer.Renderer;
import dev.statusgen.processor.writer.WriterContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The statusgen annotation processor: for each class annotated {@code @HttpStatusTable}, it reads the specs,
 * validates them, and writes the generated types and the Markdown reference. Each spec is parsed once per
 * compile, however many holders use it. Every problem becomes a compiler error on the holder; nothing is thrown
 * out of {@link #process}, but for a {@link Error} such as {@link OutOfMemoryError}, which is reported and
 * rethrown.
 *
 * <p>It claims {@code @HttpStatusTable}, which no other processor reads, and {@code @Generated} and
 * {@code @StatusgenGenerated}, which it puts on its output: javac's {@code -Xlint:processing} warns of annotations
 * that no processor claims, and generated code must compile clean under {@code -Xlint:all -Werror}.
 */
@AutoService(Processor.class)
public final class StatusgenProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.statusgen.HttpStatusTable";
    /** The processor option that prints a note each time a spec is read. */
    static final String VERBOSE_OPTION = "statusgen.verbose";

    /** The holders whose annotation values did not compile yet, by qualified name, for a later round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    private final Renderer renderer;
    private Reporter reporter;
    private Tables tables;
    private TypeClaims claims;
    private IntegrationCheck integrationCheck;
    private GeneratedMarks marks;

    /** Creates the processor; the compiler calls this. */
    public StatusgenProcessor() {
        this(new Renderer());
    }

    /** Creates the processor with {@code renderer}: for tests, whose renderer can make a writer throw. */
    StatusgenProcessor(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        LocalHolders.listen(processingEnv);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /**
     * {@inheritDoc} Given here rather than by {@code @SupportedAnnotationTypes}, which the compiler would read
     * through reflection and a dynamic proxy in every compile.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(
                ANNOTATION,
                GeneratedMarks.GENERATED,
                GeneratedMarks.GENERATED_JAVA_8,
                GeneratedMarks.COVERAGE_GENERATED);
    }

    /** {@inheritDoc} Given here rather than by {@code @SupportedOptions}, for the same reason. */
    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SpecLoader.SPEC_DIR_OPTION, VERBOSE_OPTION);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (reporter == null) {
            start();
        }
        claims.addSources(round);
        for (Element element : holders(annotations, round)) {
            AnnotationMirror mirror = HolderAnnotation.of(element);
            try {
                holder(element, mirror);
            } catch (RuntimeException e) {
                reporter.internalError(new Place(element, mirror, null), e);
            } catch (Error e) {
                reporter.internalError(new Place(element, mirror, null), e);
                throw e;
            }
        }
        if (round.processingOver()) {
            reportDeferred();
        }
        return !annotations.isEmpty();
    }

    /** Sets up the steps, in the first round. */
    private void start() {
        reporter = new Reporter(processingEnv.getMessager());
        tables = new Tables(
                new SpecLoader(
                        processingEnv.getFiler(), processingEnv.getOptions().get(SpecLoader.SPEC_DIR_OPTION)),
                reporter,
                Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION)));
        claims = new TypeClaims(processingEnv.getElementUtils(), reporter);
        integrationCheck = new IntegrationCheck(processingEnv.getElementUtils(), reporter);
    }

    /** This round's holders: those deferred from the round before, then those annotated in this round. */
    private List<Element> holders(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<Element> holders = new ArrayList<>();
        for (String name : deferred) {
            TypeElement holder = processingEnv.getElementUtils().getTypeElement(name);
            if (holder != null) {
                holders.add(holder);
            }
        }
        deferred.clear();
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(ANNOTATION)) {
                holders.addAll(round.getElementsAnnotatedWith(annotation));
            }
        }
        return holders;
    }

    /** In the last round, an error on each holder whose annotation values never compiled. */
    private void reportDeferred() {
        for (String name : deferred) {
            TypeElement holder = processingEnv.getElementUtils().getTypeElement(name);
            reporter.error(
                    new Place(holder, holder == null ? null : HolderAnnotation.of(holder), null),
                    Message.HOLDER_VALUES_BROKEN,
                    name);
        }
        deferred.clear();
    }

    /** Generates the files of one holder, or reports why it cannot. */
    private void holder(Element element, AnnotationMirror mirror) {
        Place onAnnotation = new Place(element, mirror, null);
        if (element.getKind() != ElementKind.CLASS) {
            String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            reporter.error(onAnnotation, Message.HOLDER_NOT_CLASS, kind, element.getSimpleName());
            return;
        }
        TypeElement holder = (TypeElement) element;
        Elements elements = processingEnv.getElementUtils();
        GeneratedNames names = new GeneratedNames(
                elements.getPackageOf(holder).getQualifiedName().toString(),
                holder.getSimpleName().toString());
        GeneratedMarks generatedMarks = marks(mirror);
        if (!claims.areFree(holder, names.types(), generatedMarks, onAnnotation)) {
            return;
        }
        Optional<Set<Integration>> integrations = integrations(holder, mirror);
        if (integrations.isEmpty()) {
            return;
        }
        Optional<StatusTable> table = table(holder, mirror);
        if (table.isEmpty()) {
            return;
        }
        claims.claim(holder, names.types());
        write(
                holder,
                new WriterContext(
                        table.get(),
                        names,
                        generatedMarks.generated(holder),
                        generatedMarks.coverage(),
                        GeneratedMarks.GENERATOR,
                        integrations.get()));
    }

    /**
     * The integrations that the holder asks for, or empty after reporting why they cannot be generated; also empty,
     * with no report, while the value does not compile, which defers the holder to a later round.
     */
    private Optional<Set<Integration>> integrations(TypeElement holder, AnnotationMirror mirror) {
        Optional<List<String>> asked = HolderAnnotation.integrations(processingEnv.getElementUtils(), mirror);
        if (asked.isEmpty()) {
            deferred.add(holder.getQualifiedName().toString());
            return Optional.empty();
        }
        return integrationCheck.check(holder, mirror, asked.get());
    }

    /**
     * The holder's table, or empty after reporting each problem of its specs on the annotation's {@code spec}
     * value; also empty, with no report, while its annotation values do not compile, which defers the holder to a
     * later round that may generate what they name.
     */
    private Optional<StatusTable> table(TypeElement holder, AnnotationMirror mirror) {
        Optional<List<String>> specs = HolderAnnotation.specs(processingEnv.getElementUtils(), mirror);
        if (specs.isEmpty()) {
            deferred.add(holder.getQualifiedName().toString());
            return Optional.empty();
        }
        if (specs.get().isEmpty()) {
            reporter.error(
                    new Place(holder, mirror, HolderAnnotation.explicitValue(mirror, "extendsStandard")),
                    Message.EXTENDS_WITHOUT_SPEC);
            return Optional.empty();
        }
        Tables.Outcome outcome = tables.of(specs.get());
        Place onSpec = new Place(holder, mirror, HolderAnnotation.explicitValue(mirror, "spec"));
        for (Problem problem : outcome.problems()) {
            reporter.error(onSpec, problem);
        }
        return outcome.table();
    }

    /**
     * Writes the holder's files, as {@link Renderer} renders them, through the {@code Filer}, in a fixed order, with
     * the holder as their only originating element, which build tools such as Gradle track them by.
     */
    private void write(TypeElement holder, WriterContext context) {
        String current = "";
        try {
            for (Renderer.Rendered file : renderer.render(context)) {
                current = file.name();
                if (file.file().isSource()) {
                    try (Writer out = processingEnv
                            .getFiler()
                            .createSourceFile(current, holder)
                            .openWriter()) {
                        out.write(file.text());
                    }
                } else {
                    try (OutputStream out = processingEnv
                            .getFiler()
                            .createResource(StandardLocation.CLASS_OUTPUT, "", current, holder)
                            .openOutputStream()) {
                        out.write(file.text().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            reporter.error(new Place(holder, null, null), Message.WRITE_FAILED, current, e.getMessage());
        }
    }

    /** The marks of generated types, looked up when a holder first needs them. */
    private GeneratedMarks marks(AnnotationMirror mirror) {
        if (marks == null) {
            marks = new GeneratedMarks(
                    processingEnv, (TypeElement) mirror.getAnnotationType().asElement());
        }
        return marks;
    }
}
