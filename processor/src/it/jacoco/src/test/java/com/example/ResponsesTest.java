package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs the project's code and the generated types, so that JaCoCo records both. */
class ResponsesTest {
    @Test
    void advisesOnEachKindOfCode() {
        assertEquals("retry later", Responses.advice(503));
        assertEquals("check the URL", Responses.advice(404));
        assertEquals("give up: Forbidden", Responses.advice(403));
        assertEquals("fine: Non-Standard Response", Responses.advice(299));
        assertEquals("not an HTTP status", Responses.advice(42));
    }

    @Test
    void generatedLookupsAnswer() {
        assertEquals(HttpStatus.NOT_FOUND, HttpStatus.of(404));
        assertTrue(HttpStatus.findByReasonPhrase("i'm a teapot").isPresent());
        assertEquals(HttpStatusClass.SERVER_ERROR, HttpStatusClass.of(503));
        assertFalse(HttpStatusCode.valueOf(299).isStandard());
    }
}
