package dev.statusgen.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.IllegalFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message's pattern uses exactly the arguments it declares: a pattern with a placeholder too many, or an
 * argument that it never shows, fails here rather than in a user's compile.
 */
class MessageTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(Message.class)
    void formatsWithItsDeclaredArgumentsShowingEachOnce(Message message) {
        Object[] args = new Object[message.arguments()];
        for (int i = 0; i < args.length; i++) {
            // Numbers, which both %s and %d take; four digits each, so that none is a part of another.
            args[i] = 7001 + i;
        }
        String text;
        try {
            text = message.format(args);
        } catch (IllegalFormatException e) {
            fail(message + ": its pattern does not take " + args.length + " arguments: " + e);
            return;
        }
        for (Object arg : args) {
            assertWithMessage("%s formatted as \"%s\": how often it shows the argument %s", message, text, arg)
                    .that(text.split(arg.toString(), -1).length - 1)
                    .isEqualTo(1);
        }
    }

    @Test
    void aMessageRefusesAnotherNumberOfArguments() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Message.EMPTY_CLASS_NAME.format(100));
        assertThat(e).hasMessageThat().isEqualTo("EMPTY_CLASS_NAME takes 2 arguments, not 1");
        assertThrows(IllegalArgumentException.class, () -> Message.EMPTY_REFERENCE.format("extra"));
    }
}
