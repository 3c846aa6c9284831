package dev.statusgen.sample.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code serve} command: serves the status-code query on 127.0.0.1 until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the status table on 127.0.0.1: a web page to find any code by number or by name, and a JSON API.",
            "Stop it with Ctrl-C."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the server stopped", "1:the server could not listen", "2:the command line was invalid"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    /** Creates the command; picocli sets its options. */
    public ServeCommand() {}

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--port': " + port + " is not a port (0 - 65535)");
        }
        PrintWriter out = spec.commandLine().getOut();
        StatusServer server;
        try {
            server = StatusServer.start(port);
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("statusgen-sample: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return 1;
        }
        out.println("Listening on " + server.uri());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            out.println("Stopped.");
                            out.flush();
                            stopped.countDown();
                        },
                        "statusgen-web-stop"));
        stopped.await();
        return 0;
    }
}
