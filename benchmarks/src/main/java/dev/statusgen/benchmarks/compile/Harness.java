package dev.statusgen.benchmarks.compile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the compile-cost harness and the compile profile share: the jars that the build just made, the cases and
 * their holders, the floor, and the javac command line of each variant.
 */
final class Harness {
    /**
     * The sources statusgen generates per holder: the status enum, the int constants, the class enum, the shared
     * interface and the tag enum.
     */
    private static final int SOURCES_PER_HOLDER = 5;

    /** The compiles that each case is measured with. */
    enum Variant {
        /** javac {@code -proc:none} on the holders plus the sources that statusgen generated for them. */
        NONE("-proc:none"),
        /** javac with the floor: a processor that writes the very files that statusgen generated, canned. */
        FLOOR("floor"),
        /** javac with the statusgen processor jar that the build just made. */
        STATUSGEN("statusgen");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** A case: holders in one compile, and what statusgen generated for them. */
    static final class Case {
        final String name;
        final String title;
        /** Whether the case is large: it runs fewer compiles ({@code LARGE_RUNS} and the like). */
        final boolean large;

        final Path dir;
        final Path src;
        final List<Path> holders = new ArrayList<>();
        final List<String> processorOptions = new ArrayList<>();
        /** The sources that statusgen generated, which the {@code -proc:none} compile gets. */
        final List<Path> generated = new ArrayList<>();
        /** The files that statusgen generated, by their path under {@code gen} or {@code out}. */
        final Map<String, byte[]> canned = new LinkedHashMap<>();

        Path floorJar;
        int specReads;
        long generatedLines;
        long generatedBytes;
        long resourceBytes;

        Case(Path work, String name, String title, boolean large) {
            this.name = name;
            this.title = title;
            this.large = large;
            this.dir = work.resolve(name);
            this.src = dir.resolve("src");
        }

        Path out() {
            return dir.resolve("out");
        }

        Path gen() {
            return dir.resolve("gen");
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "%s: %d holder(s); statusgen generated %d sources (%,d lines, %,d KB) and %d reference(s)"
                            + " (%,d KB); spec read %d time(s)",
                    title,
                    holders.size(),
                    generated.size(),
                    generatedLines,
                    generatedBytes / 1024,
                    holders.size(),
                    resourceBytes / 1024,
                    specReads);
        }
    }

    final Path root;
    final Path work;
    final Path javac;
    final Path java;
    final Path processorJar;
    final Path annotationsJar;
    /** GNU time, for CPU time and peak RSS of a cold compile; null where it is missing. */
    final Path time;

    Harness(Path root, String workName) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.work = this.root.resolve("benchmarks/target").resolve(workName);
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        this.javac = bin.resolve("javac");
        this.java = bin.resolve("java");
        Properties build = new Properties();
        try (InputStream in = Harness.class.getResourceAsStream("/compile-cost.properties")) {
            build.load(in);
        }
        String version = build.getProperty("version");
        this.processorJar = this.root.resolve("processor/target/statusgen-processor-" + version + ".jar");
        this.annotationsJar = this.root.resolve("annotations/target/statusgen-annotations-" + version + ".jar");
        for (Path jar : List.of(processorJar, annotationsJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first, from the repository root: mvn -B"
                        + " -Pbenchmarks -pl benchmarks -am -DskipTests -Dinvoker.skip=true package");
            }
        }
        try (JarFile jar = new JarFile(processorJar.toFile())) {
            if (jar.getEntry("dev/statusgen/processor/internal/javapoet/JavaFile.class") == null
                    || jar.getEntry("META-INF/services/javax.annotation.processing.Processor") == null) {
                throw new IllegalStateException(processorJar + " is not the shaded processor jar (no relocated"
                        + " JavaPoet or no service entry): rebuild the processor module with package");
            }
        }
        Path gnuTime = Path.of("/usr/bin/time");
        this.time = Files.isExecutable(gnuTime) ? gnuTime : null;
        delete(work);
        Files.createDirectories(work);
    }

    /** The cases by name, in the order of the report: each writes its holders (and spec) under the work dir. */
    Map<String, Case> cases() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        Case standard = new Case(work, "standard", "standard table, one holder", false);
        holder(standard, "p", "");
        cases.put(standard.name, standard);

        Case iana = new Case(work, "iana", "bundled IANA registry (CSV), one holder", false);
        holder(iana, "p", "spec = HttpStatusTable.IANA_REGISTRY");
        cases.put(iana.name, iana);

        Case spec500 = new Case(work, "spec500", "500-code spec (every code 100-599), one holder", true);
        Path specs = spec500.dir.resolve("specs");
        Files.createDirectories(specs);
        Files.writeString(specs.resolve("codes-500.md"), spec500(), StandardCharsets.UTF_8);
        holder(spec500, "p", "spec = \"codes-500.md\"");
        spec500.processorOptions.add("-Astatusgen.specDir=" + specs);
        cases.put(spec500.name, spec500);

        Case holders50 = new Case(work, "holders50", "50 holders of the standard table, one compile", true);
        for (int i = 1; i <= 50; i++) {
            holder(holders50, String.format(Locale.ROOT, "p%02d", i), "");
        }
        cases.put(holders50.name, holders50);
        return cases;
    }

    private static void holder(Case c, String packageName, String arguments) throws IOException {
        Path file = c.src.resolve(packageName).resolve("Http.java");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "package " + packageName + ";\n\nimport dev.statusgen.HttpStatusTable;\n\n@HttpStatusTable"
                        + (arguments.isEmpty() ? "" : "(" + arguments + ")")
                        + "\nfinal class Http {\n    private Http() {}\n}\n",
                StandardCharsets.UTF_8);
        c.holders.add(file);
    }

    /**
     * A spec as rich per row as the standard table, with 500 codes: 5 classes and every code 100-599, each with
     * a reference, a tag on every third code, and an alias on every tenth.
     */
    static String spec500() {
        StringBuilder spec = new StringBuilder()
                .append("# 500 codes\n\nA spec with every code 100-599, to measure a large table.\n\n")
                .append("Status Code | Id | Class | Description |\n---|---|---|---|\n")
                .append("100 - 199 | INFORMATIONAL | Informational responses | The request is being processed. |\n")
                .append("200 - 299 | SUCCESSFUL | Successful responses | The request was processed successfully. |\n")
                .append("300 - 399 | REDIRECTION | Redirection messages | Further action is required. |\n")
                .append("400 - 499 | CLIENT_ERROR | Client error responses | A client request error. |\n")
                .append("500 - 599 | SERVER_ERROR | Server error responses | The server encountered an error. |\n\n")
                .append("Status Code | Name | Tags | Aliases | Reference | Description |\n---|---|---|---|---|---|\n");
        for (int code = 100; code <= 599; code++) {
            spec.append(code)
                    .append(" | Status ")
                    .append(code)
                    .append(" | ")
                    .append(code % 3 == 0 ? "experimental" : "")
                    .append(" | ")
                    .append(code % 10 == 0 ? "Also Status " + code : "")
                    .append(" | [RFC9110, Section 15.")
                    .append(code / 100)
                    .append('.')
                    .append(code % 100 + 1)
                    .append("] | The response with code ")
                    .append(code)
                    .append(", generated to measure a large spec; it says what the code means. |\n");
        }
        return spec.toString();
    }

    /**
     * Runs statusgen once on the case, keeps what it generated as the canned files, and packs the floor's jar:
     * the floor's classes, a service entry, and one resource per holder with its files.
     */
    void prepare(Case c) throws IOException, InterruptedException {
        Path dir = c.dir.resolve("prepare");
        Path gen = dir.resolve("gen");
        Path out = dir.resolve("out");
        Files.createDirectories(gen);
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                javac.toString(),
                "-cp",
                annotationsJar.toString(),
                "-processorpath",
                processorJar.toString(),
                "-Astatusgen.verbose=true"));
        command.addAll(c.processorOptions);
        command.addAll(List.of("-d", out.toString(), "-s", gen.toString()));
        c.holders.forEach(h -> command.add(h.toString()));
        Path log = dir.resolve("javac.log");
        exec(command, log);
        c.specReads = (int) Files.readAllLines(log).stream()
                .filter(l -> l.contains("reading the spec"))
                .count();

        ByteArrayOutputStream services = new ByteArrayOutputStream();
        services.write("dev.statusgen.benchmarks.floor.FloorProcessor\n".getBytes(StandardCharsets.UTF_8));
        c.floorJar = c.dir.resolve("floor.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(c.floorJar))) {
            copyClasses("dev/statusgen/benchmarks/floor/", (name, bytes) -> entry(jar, name, bytes));
            entry(jar, "META-INF/services/javax.annotation.processing.Processor", services.toByteArray());
            for (Path holder : c.holders) {
                Path packageDir = c.src.relativize(holder.getParent());
                String packageName = packageDir.toString().replace('/', '.');
                String holderName =
                        packageName + "." + holder.getFileName().toString().replace(".java", "");
                entry(jar, "floor/" + holderName, bundle(c, packageDir, holderName, gen, out));
            }
        }
    }

    /**
     * The floor's resource for one holder: the files that statusgen generated for it, which are also kept as the
     * case's canned files.
     */
    private static byte[] bundle(Case c, Path packageDir, String holderName, Path gen, Path out) throws IOException {
        List<Path> sources = list(gen.resolve(packageDir), ".java");
        List<Path> resources = list(out.resolve("META-INF/statusgen").resolve(packageDir), ".md");
        if (sources.size() != SOURCES_PER_HOLDER || resources.size() != 1) {
            throw new IllegalStateException("statusgen generated " + sources.size() + " sources and " + resources.size()
                    + " references for " + holderName + ", not " + SOURCES_PER_HOLDER + " and 1");
        }
        String packageName = packageDir.toString().replace('/', '.');
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bundle);
        data.writeInt(sources.size() + resources.size());
        for (Path source : sources) {
            byte[] bytes = Files.readAllBytes(source);
            String type = packageName + "." + source.getFileName().toString().replace(".java", "");
            bundled(data, "source", type, bytes);
            String relative = gen.relativize(source).toString();
            c.canned.put("gen/" + relative, bytes);
            Path canned = c.dir.resolve("canned").resolve(relative);
            Files.createDirectories(canned.getParent());
            Files.write(canned, bytes);
            c.generated.add(canned);
            c.generatedBytes += bytes.length;
            c.generatedLines +=
                    new String(bytes, StandardCharsets.UTF_8).lines().count();
        }
        for (Path resource : resources) {
            byte[] bytes = Files.readAllBytes(resource);
            String path = out.relativize(resource).toString();
            bundled(data, "resource", path, bytes);
            c.canned.put("out/" + path, bytes);
            c.resourceBytes += bytes.length;
        }
        data.flush();
        return bundle.toByteArray();
    }

    /** One file in a floor's resource: its kind, its name and its bytes. */
    private static void bundled(DataOutputStream data, String kind, String name, byte[] bytes) throws IOException {
        data.writeUTF(kind);
        data.writeUTF(name);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static void entry(JarOutputStream jar, String name, byte[] bytes) {
        try {
            JarEntry entry = new JarEntry(name);
            entry.setTime(0);
            jar.putNextEntry(entry);
            jar.write(bytes);
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sink of class files. */
    interface ClassSink {
        void accept(String name, byte[] bytes) throws IOException;
    }

    /**
     * Copies the class files of this harness whose names start with {@code prefix}, from the jar or directory
     * that it runs from.
     */
    static void copyClasses(String prefix, ClassSink sink) throws IOException {
        Path location;
        try {
            location = Path.of(Harness.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        int copied = 0;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                for (Path file :
                        (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    sink.accept(location.relativize(file).toString(), Files.readAllBytes(file));
                    copied++;
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            sink.accept(entry.getName(), in.readAllBytes());
                        }
                        copied++;
                    }
                }
            }
        }
        if (copied == 0) {
            throw new IllegalStateException("no classes under " + prefix + " in " + location);
        }
    }

    /**
     * The javac arguments of a variant, without the launcher: the class path, the output directories, the
     * processor path (or {@code -proc:none}) and the options, then the sources.
     */
    List<String> javacArguments(Case c, Variant variant) {
        List<String> args = new ArrayList<>(List.of(
                "-cp",
                annotationsJar.toString(),
                "-d",
                c.out().toString(),
                "-s",
                c.gen().toString()));
        switch (variant) {
            case NONE -> args.add("-proc:none");
            case FLOOR -> args.addAll(List.of("-processorpath", c.floorJar.toString()));
            case STATUSGEN -> args.addAll(List.of("-processorpath", processorJar.toString()));
        }
        if (variant != Variant.NONE) {
            args.addAll(c.processorOptions);
        }
        c.holders.forEach(h -> args.add(h.toString()));
        if (variant == Variant.NONE) {
            c.generated.forEach(g -> args.add(g.toString()));
        }
        return args;
    }

    /** Empties the output directories of a case, before a compile. */
    static void clean(Case c) throws IOException {
        for (Path dir : List.of(c.out(), c.gen())) {
            delete(dir);
            Files.createDirectories(dir);
        }
    }

    /**
     * Checks that the last compile of a variant that runs a processor wrote exactly the canned files: the floor
     * writes what statusgen wrote, and statusgen writes the same bytes run after run.
     */
    static void checkOutput(Case c, Variant variant) throws IOException {
        for (Map.Entry<String, byte[]> file : c.canned.entrySet()) {
            Path written = c.dir.resolve(file.getKey());
            if (!Files.isRegularFile(written) || !Arrays.equals(Files.readAllBytes(written), file.getValue())) {
                throw new IllegalStateException(
                        variant.label + " did not write the same " + file.getKey() + " as statusgen's first run");
            }
        }
    }

    /** Runs a command, its output to {@code log}; fails with the log if it fails. Returns the wall time in ns. */
    static long exec(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int status = process.waitFor();
        long wall = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException(
                    "failed (" + status + "): " + String.join(" ", command) + "\n" + Files.readString(log));
        }
        return wall;
    }

    /** The machine: cores, CPU model and load average now. */
    static String machine() throws IOException {
        String model = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + model + ", " + System.getProperty("os.name")
                + ", " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The 1-, 5- and 15-minute load averages, or "n/a". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(file);
            }
        }
    }

    /** Writes {@code text} to {@code file}, creating its directory. */
    static void write(Path file, String text) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An int setting from the environment, or its default. */
    static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** A list setting (comma-separated) from the environment, or its default. */
    static List<String> listSetting(String name, String fallback) {
        String value = System.getenv(name);
        return Arrays.stream((value == null || value.isBlank() ? fallback : value).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
