package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.HttpStatusTable;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of Gradle's isolating processors, which {@code META-INF/gradle/incremental.annotation.processors}
 * declares: each generated file has exactly its holder as originating element, what a holder generates does not
 * depend on the other holders of the compile, and the annotation that the processor reads has class retention
 * (Gradle's incremental processors "can only read CLASS or RUNTIME retention annotations"). The
 * {@code @Generated} annotations that it also claims are ones it writes, never reads.
 *
 * <p>The only Gradle that CI can install, 4.4.1, predates incremental annotation processing, so this contract is
 * tested here.
 */
class IsolatingTest {
    private static final String API = "spec = \"specs/nginx.md\", extendsStandard = true";

    @TempDir
    Path dir;

    @ProcessorTest
    void everyFileHasItsHolderAsItsOnlyOriginatingElement(Compiler compiler) {
        RecordingProcessor processor = new RecordingProcessor();
        FileCompilation compilation = compiler.job()
                .holder("a.Http", "")
                .holder("a.Api", API)
                .holder("b.Web", "")
                .statusgen(processor)
                .compile(dir);

        Expect.clean(compilation);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String holder : List.of("a.Http", "a.Api", "b.Web")) {
            for (String suffix : List.of("Status", "StatusCodes", "StatusClass", "StatusCode", "StatusTag")) {
                expected.put(holder + suffix, List.of(holder));
            }
            expected.put("META-INF/statusgen/" + holder.replace('.', '/') + ".md", List.of(holder));
        }
        assertThat(processor.origins).containsExactlyEntriesIn(expected);
    }

    @ProcessorTest
    void theAnnotationItReadsHasClassRetentionAndStaysInTheHolderClassFile(Compiler compiler) {
        assertThat(HttpStatusTable.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);

        FileCompilation compilation = compiler.job().holder("a.Http", "").compile(dir);

        Expect.clean(compilation);
        String holder = new String(compilation.classFile("a/Http.class"), StandardCharsets.ISO_8859_1);
        assertThat(holder).contains("RuntimeInvisibleAnnotations");
        assertThat(holder).contains("Ldev/statusgen/HttpStatusTable;");
    }

    @ProcessorTest
    void aHolderGeneratesTheSameFilesAloneAsBesideOtherHolders(Compiler compiler) {
        FileCompilation alone = compiler.job().holder("a.Http", "").compile(dir);
        FileCompilation together = compiler.job()
                .holder("b.Web", "")
                .holder("a.Api", API)
                .holder("a.Http", "")
                .compile(dir);

        Expect.clean(alone);
        Expect.clean(together);
        for (String path : List.of(
                "a/HttpStatus.java", "a/HttpStatusCodes.java", "a/HttpStatusClass.java", "a/HttpStatusCode.java")) {
            assertThat(together.generatedSource(path)).isEqualTo(alone.generatedSource(path));
        }
        assertThat(together.generatedResource("META-INF/statusgen/a/Http.md"))
                .isEqualTo(alone.generatedResource("META-INF/statusgen/a/Http.md"));
    }

    /**
     * Runs {@link StatusgenProcessor} with a {@link Filer} that records, for each file it creates, the qualified
     * names of the originating elements it was given.
     */
    private static final class RecordingProcessor implements Processor {
        final Map<String, List<String>> origins = new LinkedHashMap<>();
        private final Processor delegate = new StatusgenProcessor();

        @Override
        public void init(ProcessingEnvironment env) {
            Filer filer = proxy(Filer.class, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "createSourceFile", "createClassFile" -> record(args[0].toString(), (Element[]) args[1]);
                    case "createResource" ->
                        record(args[1] + (args[1].toString().isEmpty() ? "" : "/") + args[2], (Element[]) args[3]);
                    default -> {}
                }
                return invoke(method, env.getFiler(), args);
            });
            delegate.init(proxy(
                    ProcessingEnvironment.class,
                    (proxy, method, args) -> method.getName().equals("getFiler") ? filer : invoke(method, env, args)));
        }

        private void record(String file, Element[] originatingElements) {
            origins.put(
                    file,
                    Arrays.stream(originatingElements)
                            .map(e -> ((TypeElement) e).getQualifiedName().toString())
                            .toList());
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public Iterable<? extends Completion> getCompletions(
                Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }

        private static <T> T proxy(Class<T> type, InvocationHandler handler) {
            return type.cast(
                    Proxy.newProxyInstance(IsolatingTest.class.getClassLoader(), new Class<?>[] {type}, handler));
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
