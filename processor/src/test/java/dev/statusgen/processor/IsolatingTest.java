package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statusgen.HttpStatusTable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The contract of Gradle's isolating processors, which {@code META-INF/gradle/incremental.annotation.processors}
 * declares: each generated file has exactly its holder as originating element, what a holder generates does not
 * depend on the other holders of the compile, and the annotation that the processor reads has class retention
 * (Gradle's incremental processors "can only read CLASS or RUNTIME retention annotations"). The
 * {@code @Generated} annotations that it also claims are ones it writes, never reads.
 *
 * <p>The only Gradle that CI can install, 4.4.1, predates incremental annotation processing, so this contract is
 * tested here, with javac alone.
 */
class IsolatingTest {
    private static final JavaFileObject A_HTTP = holder("a", "Http", "");
    private static final JavaFileObject A_API = holder("a", "Api", "spec = \"specs/nginx.md\", extendsStandard = true");
    private static final JavaFileObject B_WEB = holder("b", "Web", "");

    @Test
    void everyFileHasItsHolderAsItsOnlyOriginatingElement() {
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation =
                javac().withProcessors(processor).withOptions(Compiling.STRICT).compile(A_HTTP, A_API, B_WEB);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(processor.origins)
                .containsExactly(
                        "a.HttpStatus", List.of("a.Http"),
                        "a.HttpStatusCodes", List.of("a.Http"),
                        "a.HttpStatusClass", List.of("a.Http"),
                        "a.HttpStatusCode", List.of("a.Http"),
                        "META-INF/statusgen/a/Http.md", List.of("a.Http"),
                        "a.ApiStatus", List.of("a.Api"),
                        "a.ApiStatusCodes", List.of("a.Api"),
                        "a.ApiStatusClass", List.of("a.Api"),
                        "a.ApiStatusCode", List.of("a.Api"),
                        "META-INF/statusgen/a/Api.md", List.of("a.Api"),
                        "b.WebStatus", List.of("b.Web"),
                        "b.WebStatusCodes", List.of("b.Web"),
                        "b.WebStatusClass", List.of("b.Web"),
                        "b.WebStatusCode", List.of("b.Web"),
                        "META-INF/statusgen/b/Web.md", List.of("b.Web"));
    }

    @Test
    void theAnnotationItReadsHasClassRetentionAndStaysInTheHolderClassFile() {
        assertThat(HttpStatusTable.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);

        Compilation compilation = Compiling.compile(A_HTTP);

        assertThat(compilation).succeededWithoutWarnings();
        String holder = new String(Compiling.classFile(compilation, "a/Http.class"), StandardCharsets.ISO_8859_1);
        assertThat(holder).contains("RuntimeInvisibleAnnotations");
        assertThat(holder).contains("Ldev/statusgen/HttpStatusTable;");
    }

    @Test
    void aHolderGeneratesTheSameFilesAloneAsBesideOtherHolders() {
        Compilation alone = Compiling.compile(A_HTTP);
        Compilation together = Compiling.compile(B_WEB, A_API, A_HTTP);

        assertThat(alone).succeededWithoutWarnings();
        assertThat(together).succeededWithoutWarnings();
        for (String path : List.of(
                "a/HttpStatus.java", "a/HttpStatusCodes.java", "a/HttpStatusClass.java", "a/HttpStatusCode.java")) {
            assertThat(Compiling.source(together, path)).isEqualTo(Compiling.source(alone, path));
        }
        assertThat(Compiling.resource(together, "META-INF/statusgen/a/Http.md"))
                .isEqualTo(Compiling.resource(alone, "META-INF/statusgen/a/Http.md"));
    }

    private static JavaFileObject holder(String pkg, String name, String arguments) {
        return JavaFileObjects.forSourceString(
                pkg + "." + name,
                String.join(
                        "\n",
                        "package " + pkg + ";",
                        "",
                        "/** A holder. */",
                        "@dev.statusgen.HttpStatusTable" + (arguments.isEmpty() ? "" : "(" + arguments + ")"),
                        "final class " + name + " {",
                        "  /** Not instantiated. */",
                        "  private " + name + "() {}",
                        "}",
                        ""));
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
