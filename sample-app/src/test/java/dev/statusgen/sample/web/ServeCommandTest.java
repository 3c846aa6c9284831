package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The {@code serve} command's refusals, which answer before it would start serving, and its reading of --host. */
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
        try (StatusServer taken = StatusServer.start(new InetSocketAddress("127.0.0.1", 0))) {
            int port = taken.uri().getPort();
            assertEquals(1, serve("--port", String.valueOf(port)));
            assertTrue(
                    err.toString().startsWith("statusgen-sample: cannot listen on 127.0.0.1:" + port + ": "),
                    err::toString);
            assertEquals("", out.toString());
        }
    }

    /** Names are refused too: no DNS lookup decides where the server listens. */
    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "256.0.0.1", "127.0.0", "1.2.3.4.5", "::g", "1:2", "", " "})
    void refusesAHostThatIsNotAnIpAddress(String host) {
        assertEquals(2, serve("--host", host));
        assertTrue(
                err.toString()
                        .contains("Invalid value for option '--host': \"" + host
                                + "\" is not an IP address, such as 127.0.0.1, 0.0.0.0 or ::1"),
                err::toString);
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "0.0.0.0, 0.0.0.0",
        "10.0.0.255, 10.0.0.255",
        "::1, 0:0:0:0:0:0:0:1",
        "::, 0:0:0:0:0:0:0:0",
        "fd00::2, fd00:0:0:0:0:0:0:2",
        "::ffff:127.0.0.1, 127.0.0.1",
    })
    void readsIpv4AndIpv6Addresses(String host, String address) {
        assertEquals(
                address, new ServeCommand.IpAddressConverter().convert(host).getHostAddress());
    }

    @ParameterizedTest
    @CsvSource({
        "https://status.example.com/, https://status.example.com/",
        "https://status.example.com, https://status.example.com/",
        "https://example.com/http/codes, https://example.com/http/codes/",
        "http://127.0.0.1:8080/, http://127.0.0.1:8080/",
        "HTTPS://[::1]:8443/a/, HTTPS://[::1]:8443/a/",
    })
    void readsABaseUrlAndEndsItsPathWithASlash(String text, String baseUrl) {
        assertEquals(baseUrl, new ServeCommand.BaseUrlConverter().convert(text).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "status.example.com",
                "/codes/",
                "ftp://example.com/",
                "https://",
                "https:///codes",
                "https://example.com/?a=1",
                "https://example.com/#top",
                "https://user@example.com/",
                "https://exa mple.com/",
                ""
            })
    void refusesABaseUrlThatIsNotAnAbsoluteWebAddress(String text) {
        assertEquals(2, serve("--base-url", text, "--port", "0"));
        assertTrue(
                err.toString()
                        .contains("Invalid value for option '--base-url': \"" + text
                                + "\" is not a base URL: expected an absolute http or https URL with no query, such as "
                                + "https://status.example.com/"),
                err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void namesItsOptionsInItsHelp() {
        assertEquals(0, serve("--help"));
        String help = out.toString();
        for (String option : new String[] {"--host=ADDR", "--port=N", "--access-log", "--base-url=URL"}) {
            assertTrue(help.contains(option), help);
        }
    }
}
