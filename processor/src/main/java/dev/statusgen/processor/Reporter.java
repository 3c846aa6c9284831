package dev.statusgen.processor;

import dev.statusgen.processor.diag.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the holder: on the annotation's value when the error is about that value, on the
 * annotation, or on the element.
 */
final class Reporter {
    private final Messager messager;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /** An error at a place of the holder; {@code mirror} and {@code value} may be null. */
    void error(Place place, String text) {
        messager.printMessage(Diagnostic.Kind.ERROR, text, place.element(), place.mirror(), place.value());
    }

    /** An error at a place of the holder. */
    void error(Place place, Message message, Object... args) {
        error(place, message.format(args));
    }

    /** A note that is not about a holder. */
    void note(Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.NOTE, message.format(args));
    }

    /** An unexpected failure, with its stack trace so that it can be reported. */
    void internalError(Place place, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        error(place, Message.INTERNAL_ERROR, trace);
    }

    /**
     * Where on the holder to report.
     *
     * @param element the holder
     * @param mirror the annotation, or null
     * @param value the annotation's value, or null
     */
    record Place(Element element, AnnotationMirror mirror, AnnotationValue value) {}
}
