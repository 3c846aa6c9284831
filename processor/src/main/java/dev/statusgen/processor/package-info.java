/**
 * The statusgen annotation processor. Its only API is the annotation {@code dev.statusgen.HttpStatusTable}, in the
 * annotations jar: {@link dev.statusgen.processor.StatusgenProcessor} is public only so that compilers can load it,
 * and every package of this jar is internal, free to change in any release.
 *
 * <p>Data flows one way: a holder's specs are read ({@code SpecLoader}), decoded ({@code spec.SpecDecoder}),
 * parsed by the front end for their format ({@code spec.SpecParser} for Markdown, {@code spec.RegistryParser} for
 * the IANA registry's CSV), validated and composed into an immutable {@code model.StatusTable}
 * ({@code spec.SpecValidator}), and written by the writers of {@code writer}; {@code Tables} caches each step per
 * compile, and the processor turns every problem into a compiler error ({@code Reporter}).
 */
package dev.statusgen.processor;
