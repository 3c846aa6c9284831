package dev.statusgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles holders with the processor, in memory, and loads what they generate. */
final class Compiling {
    /** The options of a strict consumer: every lint and doclint warning is an error. */
    static final List<String> STRICT = List.of("-Xlint:all", "-Xdoclint:all", "-Werror");

    private Compiling() {}

    /**
     * A holder {@code p.Http} whose annotation has {@code arguments}; the annotation is on line 6. Its constructor
     * is documented, as JDK 25's doclint wants of every constructor.
     */
    static JavaFileObject holder(String arguments) {
        return JavaFileObjects.forSourceString(
                "p.Http",
                String.join(
                        "\n",
                        "package p;",
                        "",
                        "import dev.statusgen.HttpStatusTable;",
                        "",
                        "/** The holder. */",
                        "@HttpStatusTable" + (arguments.isEmpty() ? "" : "(" + arguments + ")"),
                        "final class Http {",
                        "  /** Not instantiated. */",
                        "  private Http() {}",
                        "}",
                        ""));
    }

    /** Compiles {@code sources} strictly with the processor and {@code options}. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(STRICT);
        all.addAll(options);
        return javac().withProcessors(new StatusgenProcessor()).withOptions(all).compile(sources);
    }

    /** Compiles {@code sources} strictly with the processor. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /**
     * Writes {@code spec} as {@code name} into {@code dir}, and compiles the holder {@code @HttpStatusTable(spec =
     * name)}, plus {@code extra} annotation arguments, with {@code -Astatusgen.specDir=dir}.
     */
    static Compilation compileSpec(Path dir, String name, String spec, String extra) {
        return compileSpec(dir, name, spec.getBytes(StandardCharsets.UTF_8), extra);
    }

    /** As {@link #compileSpec(Path, String, String, String)}, with the spec's bytes. */
    static Compilation compileSpec(Path dir, String name, byte[] spec, String extra) {
        try {
            Files.write(dir.resolve(name), spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String arguments = "spec = \"" + name + "\"" + (extra.isEmpty() ? "" : ", " + extra);
        return compile(List.of("-Astatusgen.specDir=" + dir), holder(arguments));
    }

    /** The text of a generated source file, such as {@code p/HttpStatus.java}. */
    static String source(Compilation compilation, String path) {
        return generated(compilation, JavaFileObject.Kind.SOURCE, path);
    }

    /** The text of a generated resource, such as {@code META-INF/statusgen/p/Http.md}. */
    static String resource(Compilation compilation, String path) {
        return generated(compilation, JavaFileObject.Kind.OTHER, path);
    }

    private static String generated(Compilation compilation, JavaFileObject.Kind kind, String path) {
        return compilation.generatedFiles().stream()
                .filter(f -> f.getKind() == kind && f.toUri().getPath().endsWith("/" + path))
                .findFirst()
                .map(Compiling::content)
                .orElseThrow(() -> new AssertionError("not generated: " + path));
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a class file that a compilation wrote, such as {@code p/HttpStatus.class}. */
    static byte[] classFile(Compilation compilation, String path) {
        JavaFileObject file = compilation.generatedFiles().stream()
                .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS
                        && f.toUri().getPath().endsWith("/" + path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not compiled: " + path));
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over the classes that a compilation wrote, and those of the tests. */
    static ClassLoader classes(Compilation compilation) {
        return classes(compilation, Compiling.class.getClassLoader());
    }

    /** A class loader over the classes that a compilation wrote, and those of {@code parent}. */
    static ClassLoader classes(Compilation compilation, ClassLoader parent) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(
                                path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                                path.length() - ".class".length())
                        .replace('/', '.');
                try (var in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    /** Calls the public method {@code name} on {@code target}, a Class for static methods, unwrapping failures. */
    static Object call(Object target, String name, Object... args) throws Throwable {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                method.setAccessible(true);
                try {
                    return method.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no method " + name + " on " + type);
    }
}
