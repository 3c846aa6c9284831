package dev.statusgen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that the statusgen processor generated. The processor puts it on every type it generates, beside
 * the standard {@code @Generated}; you never write it yourself.
 *
 * <p>It exists for coverage tools: JaCoCo leaves out of its reports the classes annotated with an annotation
 * whose simple name contains {@code Generated} and whose retention is {@code CLASS} or {@code RUNTIME}. The
 * standard {@code @Generated} has {@code SOURCE} retention, so JaCoCo cannot see it.
 *
 * <p>Its retention is {@code CLASS}: it is written into the class files, where the JVM ignores it, so the
 * annotations jar is not needed at run time. It has no elements, so a compile that reads the generated class
 * files without the annotations jar has nothing to warn about either. It is not {@code @Documented}, so it is no
 * part of the generated types' API: javac's {@code -Xlint:exports} does not ask a named module that exports them
 * to {@code requires transitive} the annotations.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StatusgenGenerated {}
