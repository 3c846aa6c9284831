package dev.statusgen.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The types that a compile generated, loaded from its class output in a class loader of their own, and their
 * members reached by reflection. Only the fuzz tests need it: their generated types differ with every random spec,
 * so no test source can name them. Every other test calls the fixtures' generated API directly.
 */
public final class GeneratedApi implements AutoCloseable {
    private final URLClassLoader loader;

    /** The types of {@code compilation}, which succeeded. */
    public GeneratedApi(FileCompilation compilation) {
        try {
            loader = new URLClassLoader(
                    new URL[] {compilation.classOutput().toUri().toURL()}, GeneratedApi.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generated type {@code name}, such as {@code p.HttpStatus}, initialized. */
    public Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    /**
     * Calls the public method {@code name} that takes {@code args.length} parameters: a static one if
     * {@code target} is a {@code Class}, else the instance method of {@code target}. What the method throws is
     * thrown as it is.
     */
    public static Object call(Object target, String name, Object... args) throws Throwable {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no public method " + name + " with " + args.length + " parameters on " + type);
    }

    /** The ids of the tags that {@code constant.tags()} answers, in its order. */
    public static List<String> tagIds(Object constant) throws Throwable {
        List<String> ids = new ArrayList<>();
        for (Object tag : (Set<?>) call(constant, "tags")) {
            ids.add((String) call(tag, "id"));
        }
        return ids;
    }

    /** The value of the public static field {@code name} of {@code type}. */
    public static Object get(Class<?> type, String name) throws ReflectiveOperationException {
        return type.getField(name).get(null);
    }

    /** Whether the public field {@code name} of {@code type} is {@code @Deprecated}. */
    public static boolean isDeprecated(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getField(name);
        return field.isAnnotationPresent(Deprecated.class);
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
