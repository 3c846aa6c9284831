package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code serve} command's refusals, which answer before it would start serving. */
class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int serve(String... args) {
        return new CommandLine(new ServeCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void refusesAPortOutOfRange() {
        assertEquals(2, serve("--port", "65536"));
        assertTrue(
                err.toString().contains("Invalid value for option '--port': 65536 is not a port (0 - 65535)"),
                err::toString);
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertEquals(2, serve("--port", "http"));
        assertTrue(err.toString().contains("--port"), err::toString);
    }

    @Test
    void saysSoWhenThePortIsTaken() throws IOException {
        try (StatusServer taken = StatusServer.start(0)) {
            int port = taken.uri().getPort();
            assertEquals(1, serve("--port", String.valueOf(port)));
            assertTrue(
                    err.toString().startsWith("statusgen-sample: cannot listen on 127.0.0.1:" + port + ": "),
                    err::toString);
            assertEquals("", out.toString());
        }
    }
}
