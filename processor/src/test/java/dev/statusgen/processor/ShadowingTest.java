package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusgen.processor.fixtures.shadowing.HttpStatus;
import dev.statusgen.processor.fixtures.shadowing.HttpStatusClass;
import dev.statusgen.processor.fixtures.shadowing.HttpStatusCode;
import dev.statusgen.processor.fixtures.shadowing.HttpStatusCodes;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The generated code names every type it uses so that the holder's package cannot take its place: the fixture
 * {@code fixtures.shadowing} declares its own {@code String}, {@code Deprecated}, {@code IllegalArgumentException}
 * and {@code Override}, none of them what {@code java.lang}'s is, and the standard table generated there compiles
 * (with these tests) and behaves as anywhere else.
 */
class ShadowingTest {

    @Test
    void stringsAreJavaLangStrings() throws NoSuchMethodException {
        assertThat(HttpStatus.NOT_FOUND.reasonPhrase()).isEqualTo("Not Found");
        assertThat(HttpStatus.findByReasonPhrase("not found")).hasValue(HttpStatus.NOT_FOUND);
        assertThat(HttpStatusClass.CLIENT_ERROR.displayName()).isEqualTo("Client error responses");
        assertThat(HttpStatusCode.valueOf(299).reasonPhrase()).isEqualTo("Non-Standard Response");
        Method reasonPhrase = HttpStatus.class.getMethod("reasonPhrase");
        assertThat(reasonPhrase.getReturnType()).isEqualTo(java.lang.String.class);
    }

    @Test
    void lookupsThrowJavaLangIllegalArgumentException() {
        java.lang.IllegalArgumentException status =
                assertThrows(java.lang.IllegalArgumentException.class, () -> HttpStatus.of(299));
        assertThat(status).hasMessageThat().isEqualTo("HTTP status code 299 is not in the status table");
        assertThrows(java.lang.IllegalArgumentException.class, () -> HttpStatusClass.of(600));
        assertThrows(java.lang.IllegalArgumentException.class, () -> HttpStatusCode.valueOf(600));
    }

    @Test
    void deprecatedCodesAreJavaLangDeprecated() throws NoSuchFieldException {
        assertThat(HttpStatus.class.getField("USE_PROXY").isAnnotationPresent(java.lang.Deprecated.class))
                .isTrue();
        assertThat(HttpStatusCodes.class.getField("USE_PROXY").isAnnotationPresent(java.lang.Deprecated.class))
                .isTrue();
    }

    @Test
    void overridesOverride() {
        HttpStatusCode notFound = HttpStatus.NOT_FOUND;
        assertThat(notFound.code()).isEqualTo(404);
        assertThat(notFound.toString()).isEqualTo("404 Not Found");
        assertThat(notFound.isClientError()).isTrue();
        assertThat(HttpStatusCode.valueOf(299).isStandard()).isFalse();
        assertThat(HttpStatusCodes.isCacheable(404)).isTrue();
    }
}
