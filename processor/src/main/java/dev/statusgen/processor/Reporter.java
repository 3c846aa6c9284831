package dev.statusgen.processor;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reports statusgen's messages, each as the kind of diagnostic that its {@link Message} declares. An error goes on
 * the holder: on the annotation's value when the error is about that value, on the annotation, or on the element.
 */
final class Reporter {
    private final Messager messager;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} at a place of the holder; every message about a holder is an error. */
    void error(Place place, Message message, Object... args) {
        print(place, message, message.format(args));
    }

    /** Reports a spec's problem at a place of the holder, with the spec file, line and column in its text. */
    void error(Place place, Problem problem) {
        print(place, problem.message(), problem.render());
    }

    /** Reports {@code message}, which is about no holder, such as the note {@link Message#READING_SPEC}. */
    void report(Message message, Object... args) {
        messager.printMessage(message.kind(), message.format(args));
    }

    /** An unexpected failure, with its stack trace so that it can be reported. */
    void internalError(Place place, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        error(place, Message.INTERNAL_ERROR, trace);
    }

    private void print(Place place, Message message, String text) {
        messager.printMessage(message.kind(), text, place.element(), place.mirror(), place.value());
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
