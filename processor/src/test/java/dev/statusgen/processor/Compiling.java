package dev.statusgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Holder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles holders with the processor in memory, with compile-testing, and loads and calls what they generate by
 * reflection. Only {@code SpecFuzzTest} uses it, for the thousands of specs it generates: every other test runs
 * through the harness of the {@code testing} package, or calls the fixtures' generated API directly. It goes when
 * {@code SpecFuzzTest} moves to the harness.
 */
final class Compiling {
    private Compiling() {}

    /** The {@link Holder} {@code p.Http} whose annotation has {@code arguments}. */
    static JavaFileObject holder(String arguments) {
        return JavaFileObjects.forSourceString("p.Http", Holder.source(arguments));
    }

    /** Compiles {@code sources} strictly with the processor and {@code options}. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(Compiler.STRICT);
        all.addAll(options);
        return javac().withProcessors(new StatusgenProcessor()).withOptions(all).compile(sources);
    }

    /** A class loader over the classes that a compilation wrote. */
    static ClassLoader classes(Compilation compilation) {
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
        return new ClassLoader(Compiling.class.getClassLoader()) {
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
