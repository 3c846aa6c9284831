package dev.statusgen.sample.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code serve} command: serves the status-code query until Ctrl-C or SIGTERM. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the status table: its page, a page for each code, a search by number or by name that works "
                    + "without scripts, a JSON API, and a health check at /healthz.",
            "Stop it with Ctrl-C or SIGTERM: it stops accepting connections, lets the requests under way finish, "
                    + "and exits."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the server stopped", "1:the server could not listen", "2:the command line was invalid"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            converter = IpAddressConverter.class,
            description = "The IP address to listen on; 0.0.0.0 (or ::) listens on every interface. "
                    + "Default: ${DEFAULT-VALUE}.")
    private InetAddress host;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--access-log", description = "Write a line per request to stdout, in the Common Log Format.")
    private boolean accessLog;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            converter = BaseUrlConverter.class,
            description = "The site's public address, which each page names as its own (its canonical link), such "
                    + "as that of a proxy in front of the server: https://status.example.com/. "
                    + "Default: the address the server listens on.")
    private URI baseUrl;

    /** Creates the command; picocli sets its options. */
    public ServeCommand() {}

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--port': " + port + " is not a port (0 - 65535)");
        }
        PrintWriter out = spec.commandLine().getOut();
        InetSocketAddress address = new InetSocketAddress(host, port);
        StatusServer server;
        try {
            server = StatusServer.start(address, baseUrl, accessLog ? out : null);
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("statusgen-sample: cannot listen on " + StatusServer.authority(address) + ": "
                            + e.getMessage());
            return 1;
        }
        out.println("Listening on " + server.uri());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, out), "statusgen-web-stop"));
        // Only a stop signal ends the serving, through the hook, which ends the JVM.
        Thread.currentThread().join();
        return 0;
    }

    /**
     * Stops the server gracefully and ends the JVM with exit code 0: a JVM that a signal stops exits 128 plus the
     * signal's number, but the server stopped as asked. {@code halt}, as {@code exit} in a shutdown hook would wait
     * for the hook forever.
     */
    private static void stop(StatusServer server, PrintWriter out) {
        server.close();
        out.println("Stopped.");
        out.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * Reads {@code --host}: an IPv4 address of 4 decimal bytes or an IPv6 address, never a name, so that no DNS
     * lookup decides where the server listens.
     */
    static final class IpAddressConverter implements CommandLine.ITypeConverter<InetAddress> {
        private static final String BYTE = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
        private static final Pattern IPV4 = Pattern.compile(BYTE + "(\\." + BYTE + "){3}");

        /** Hex digits, colons and dots, with a colon: InetAddress parses such text as an address, or refuses it. */
        private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

        /** Creates the converter; picocli calls it. */
        IpAddressConverter() {}

        @Override
        public InetAddress convert(String text) {
            boolean literal =
                    IPV4.matcher(text).matches() || (IPV6.matcher(text).matches() && text.contains(":"));
            if (!literal) {
                throw refusal(text);
            }
            try {
                return InetAddress.getByName(text);
            } catch (UnknownHostException e) {
                throw refusal(text);
            }
        }

        private static CommandLine.TypeConversionException refusal(String text) {
            return new CommandLine.TypeConversionException(
                    "\"" + text + "\" is not an IP address, such as 127.0.0.1, 0.0.0.0 or ::1");
        }
    }

    /**
     * Reads {@code --base-url}: an absolute {@code http} or {@code https} URL with a host and no query or fragment,
     * to which a {@code /} is added if its path does not end with one, so that a page's address is the base URL and
     * the page's name.
     */
    static final class BaseUrlConverter implements CommandLine.ITypeConverter<URI> {
        /** Creates the converter; picocli calls it. */
        BaseUrlConverter() {}

        @Override
        public URI convert(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw refusal(text);
            }
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web
                    || uri.getRawAuthority() == null
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw refusal(text);
            }
            String path = uri.getRawPath();
            return path.endsWith("/") ? uri : URI.create(text + "/");
        }

        private static CommandLine.TypeConversionException refusal(String text) {
            return new CommandLine.TypeConversionException("\"" + text
                    + "\" is not a base URL: expected an absolute http or https URL with no query, such as "
                    + "https://status.example.com/");
        }
    }
}
