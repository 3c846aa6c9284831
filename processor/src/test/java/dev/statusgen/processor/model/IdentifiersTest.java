package dev.statusgen.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.ConstantNames;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The naming rule: how names become constants, class ids and method names; the fuzz tests' oracle for constants
 * ({@link ConstantNames}, written from docs/spec.md) gives the same constants and class ids.
 */
class IdentifiersTest {

    @ParameterizedTest(name = "{0} => {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Not Found | 404 | NOT_FOUND",
                "I'm a teapot | 418 | IM_A_TEAPOT",
                "I\u2019m a teapot | 418 | IM_A_TEAPOT",
                "Non-Authoritative Information | 203 | NON_AUTHORITATIVE_INFORMATION",
                "Multi-Status | 207 | MULTI_STATUS",
                "HTTP Version Not Supported | 505 | HTTP_VERSION_NOT_SUPPORTED",
                "'  spaced   out  ' | 200 | SPACED_OUT",
                "Caf\u00e9 cr\u00e8me | 299 | CAFE_CREME",
                "\u00dcn\u00efc\u00f6d\u00e9 \u540d\u524d \ud83d\ude00 | 106 | UNICODE",
                "Stra\u00dfe | 299 | STRA_E",
                "3D Secure | 108 | STATUS_3D_SECURE",
                "!!! | 109 | STATUS_109",
                "'' | 299 | STATUS_299",
                "\u540d\u524d | 299 | STATUS_299",
                "class | 107 | CLASS",
                "$L $S %n | 105 | L_S_N",
            })
    void constantNames(String name, int code, String constant) {
        assertThat(Identifiers.constantName(name, code)).isEqualTo(constant);
        assertWithMessage("the fuzz tests' oracle")
                .that(ConstantNames.constant(name, code))
                .isEqualTo(constant);
        assertWithMessage("a Java name").that(SourceVersion.isName(constant)).isTrue();
    }

    @ParameterizedTest(name = "{0} => {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Client error responses | 400 | CLIENT_ERROR_RESPONSES",
                "Informational | 100 | INFORMATIONAL",
                "4xx | 400 | CLASS_4XX",
                "!!! | 600 | CLASS_600",
            })
    void classIdsFromClassNames(String name, int firstCode, String id) {
        assertThat(Identifiers.classId(name, firstCode)).isEqualTo(id);
        assertWithMessage("the fuzz tests' oracle")
                .that(ConstantNames.classId(name, firstCode))
                .isEqualTo(id);
        assertThat(Identifiers.isClassId(id)).isTrue();
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource({
        "CLIENT_ERROR, isClientError",
        "CLIENT__ERROR, isClientError",
        "SUCCESSFUL, isSuccessful",
        "A1, isA1",
        "X_, isX",
        "HTTP_2, isHttp2",
    })
    void classifiers(String classId, String classifier) {
        assertThat(Identifiers.classifierName(classId)).isEqualTo(classifier);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "CLIENT_ERROR, true",
        "A, true",
        "ERROR_, true",
        "A1_B2, true",
        "client_error, false",
        "Client, false",
        "1XX, false",
        "_A, false",
        "CLIENT-ERROR, false",
        "'', false",
    })
    void classIds(String id, boolean valid) {
        assertThat(Identifiers.isClassId(id)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "no-content, true",
        "webdav, true",
        "a1, true",
        "a-1, true",
        "x--y, false",
        "-x, false",
        "x-, false",
        "No-Content, false",
        "no_content, false",
        "'', false",
    })
    void tagIds(String id, boolean valid) {
        assertThat(Identifiers.isTagId(id)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource({"no-content, isNoContent", "webdav, isWebdav", "a-1, isA1", "non-standard, isNonStandard"})
    void tagPredicates(String tag, String predicate) {
        assertThat(Identifiers.tagPredicate(tag)).isEqualTo(predicate);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource({"aws-elb, AWS_ELB", "webdav, WEBDAV", "non-standard, NON_STANDARD", "a-1, A_1", "a1, A1", "x2-y, X2_Y"})
    void tagConstants(String tag, String constant) {
        assertThat(Identifiers.isTagConstant(tag)).isTrue();
        assertThat(Identifiers.tagConstant(tag)).isEqualTo(constant);
    }

    @ParameterizedTest
    @CsvSource({"3d", "404-page", "0"})
    void aTagIdThatStartsWithADigitIsNoConstant(String tag) {
        assertThat(Identifiers.isTagConstant(tag)).isFalse();
    }
}
