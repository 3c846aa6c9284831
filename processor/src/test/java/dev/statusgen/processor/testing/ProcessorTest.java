package dev.statusgen.processor.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test that runs once under each {@link Compiler}, javac and Eclipse's compiler, which it takes as its first
 * parameter: every processor test that uses it holds under both compilers by construction.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Compiler.class)
public @interface ProcessorTest {}
