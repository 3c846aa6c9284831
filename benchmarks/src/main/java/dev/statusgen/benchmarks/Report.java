package dev.statusgen.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Turns JMH's JSON result of {@link LookupBenchmark} into a Markdown table (ns/op, B/op and the ratio to the
 * raw array, per operation and peer), the check of the lookup targets, and a bar chart as PNG.
 *
 * <p>Usage: {@code Report <jmh-result.json> <chart.png> <table.md>}; run it with {@code -Djava.awt.headless=true}.
 */
public final class Report {
    /** The operations, in the order of the table, by the prefix of their benchmark methods. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();
    /** The peers, in the order of the table, by the suffix of their benchmark methods. */
    private static final Map<String, String> PEERS = new LinkedHashMap<>();
    /** The call that each benchmark measures, by method name. */
    private static final Map<String, String> CALLS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("intToStatus", "int → status");
        OPERATIONS.put("intToStatusKnown", "int → status (known codes, throwing API)");
        OPERATIONS.put("intToClass", "int → class");
        OPERATIONS.put("intToPhrase", "int → reason phrase");
        OPERATIONS.put("phraseToStatus", "reason phrase → status");
        OPERATIONS.put("nonStandard", "non-standard code → status");
        PEERS.put("raw", "raw array");
        PEERS.put("statusgen", "statusgen");
        PEERS.put("spring", "Spring Web");
        PEERS.put("netty", "Netty");
        PEERS.put("jakarta", "Jakarta REST");
        PEERS.put("apache", "Apache HttpCore");
        CALLS.put("intToStatus_raw", "`HttpStatus[] byCode`, `byCode[code]`");
        CALLS.put("intToStatus_statusgen", "`HttpStatus.find(code)`");
        CALLS.put("intToStatus_spring", "`HttpStatus.resolve(code)`");
        CALLS.put("intToStatus_netty", "`HttpResponseStatus.valueOf(code)`");
        CALLS.put("intToStatus_jakarta", "`Response.Status.fromStatusCode(code)`");
        CALLS.put("intToStatusKnown_raw", "`byCode[code]`");
        CALLS.put("intToStatusKnown_statusgen", "`HttpStatus.of(code)`");
        CALLS.put("intToStatusKnown_spring", "`HttpStatus.valueOf(code)`");
        CALLS.put("intToClass_raw", "`HttpStatusClass[] byHundred`, `byHundred[code / 100]`");
        CALLS.put("intToClass_statusgen", "`HttpStatusClass.of(code)`");
        CALLS.put("intToClass_spring", "`HttpStatus.Series.resolve(code)`");
        CALLS.put("intToClass_netty", "`HttpStatusClass.valueOf(code)` (what `codeClass()` holds)");
        CALLS.put("intToClass_jakarta", "`Response.Status.Family.familyOf(code)`");
        CALLS.put("intToPhrase_raw", "`String[] byCode`, `byCode[code]`");
        CALLS.put("intToPhrase_statusgen", "`HttpStatusCode.valueOf(code).reasonPhrase()`");
        CALLS.put("intToPhrase_spring", "`HttpStatus.resolve(code)`, `getReasonPhrase()`");
        CALLS.put("intToPhrase_netty", "`HttpResponseStatus.valueOf(code).reasonPhrase()`");
        CALLS.put("intToPhrase_jakarta", "`Response.Status.fromStatusCode(code)`, `getReasonPhrase()`");
        CALLS.put("intToPhrase_apache", "`EnglishReasonPhraseCatalog.INSTANCE.getReason(code, null)`");
        CALLS.put("phraseToStatus_raw", "`HashMap<String, HttpStatus>`, exact-case `get`");
        CALLS.put("phraseToStatus_statusgen", "`HttpStatus.findByReasonPhrase(phrase)`");
        CALLS.put("phraseToStatus_spring", "no such API: scan of `HttpStatus.values()`, `equalsIgnoreCase`");
        CALLS.put("nonStandard_raw", "`HttpStatusCode[] byCode`, `byCode[code]`");
        CALLS.put("nonStandard_statusgen", "`HttpStatusCode.valueOf(code)`");
        CALLS.put("nonStandard_spring", "`HttpStatusCode.valueOf(code)`");
        CALLS.put("nonStandard_netty", "`HttpResponseStatus.valueOf(code)`");
    }

    private Report() {}

    /** One benchmark's result. */
    private record Result(String operation, String peer, double nsPerOp, double error, double bytesPerOp) {
        String method() {
            return operation + "_" + peer;
        }
    }

    /**
     * Reads the JSON result and writes the table and the chart.
     *
     * @param args the JMH JSON result, the PNG to write, the Markdown table to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Report <jmh-result.json> <chart.png> <table.md>");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        String jvm = "";
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (JsonElement element : JsonParser.parseReader(in).getAsJsonArray()) {
                JsonObject run = element.getAsJsonObject();
                String method = run.get("benchmark").getAsString().replaceFirst(".*\\.", "");
                String[] parts = method.split("_", 2);
                JsonObject primary = run.getAsJsonObject("primaryMetric");
                results.add(new Result(
                        parts[0],
                        parts[1],
                        primary.get("score").getAsDouble(),
                        primary.get("scoreError").getAsDouble(),
                        allocation(run)));
                jvm = run.get("vmName").getAsString() + " "
                        + run.get("vmVersion").getAsString();
            }
        }
        results.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        Files.writeString(Path.of(args[2]), table(results, jvm), StandardCharsets.UTF_8);
        chart(results, Path.of(args[1]));
    }

    /** The allocation per op reported by {@code -prof gc}, or NaN without it. */
    private static double allocation(JsonObject run) {
        JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
        for (String key : secondary.keySet()) {
            if (key.endsWith("gc.alloc.rate.norm")) {
                return secondary.getAsJsonObject(key).get("score").getAsDouble();
            }
        }
        return Double.NaN;
    }

    private static int rank(Result result) {
        return indexOf(OPERATIONS, result.operation()) * 100 + indexOf(PEERS, result.peer());
    }

    private static int indexOf(Map<String, String> map, String key) {
        int index = new ArrayList<>(map.keySet()).indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("unknown operation or peer: " + key);
        }
        return index;
    }

    private static String table(List<Result> results, String jvm) {
        StringBuilder out = new StringBuilder();
        out.append("JVM: ").append(jvm).append(".\n\n");
        out.append("| Operation | Peer | Call | ns/op | ± (99.9%) | B/op | × raw array |\n");
        out.append("|---|---|---|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %.2f | %.2f | %s | %.2f |\n",
                    OPERATIONS.get(r.operation()),
                    PEERS.get(r.peer()),
                    CALLS.getOrDefault(r.method(), r.method()),
                    r.nsPerOp(),
                    r.error(),
                    bytes(r.bytesPerOp()),
                    r.nsPerOp() / raw(results, r.operation()).nsPerOp()));
        }
        out.append("\nTargets:\n\n");
        Result status = find(results, "intToStatus", "statusgen");
        Result statusRaw = raw(results, "intToStatus");
        Result spring = find(results, "intToStatus", "spring");
        Result statusClass = find(results, "intToClass", "statusgen");
        Result classRaw = raw(results, "intToClass");
        target(
                out,
                "int → status at most 1.2× the raw array",
                status.nsPerOp() / statusRaw.nsPerOp(),
                "×",
                status.nsPerOp() <= 1.2 * statusRaw.nsPerOp());
        target(out, "int → status allocates 0 B/op", status.bytesPerOp(), "B/op", status.bytesPerOp() < 0.01);
        target(
                out,
                "int → status at least 15× faster than Spring's `resolve`",
                spring.nsPerOp() / status.nsPerOp(),
                "× faster",
                spring.nsPerOp() >= 15 * status.nsPerOp());
        target(
                out,
                "int → class at most 1.2× `code / 100` into an array",
                statusClass.nsPerOp() / classRaw.nsPerOp(),
                "×",
                statusClass.nsPerOp() <= 1.2 * classRaw.nsPerOp());
        target(out, "int → class allocates 0 B/op", statusClass.bytesPerOp(), "B/op", statusClass.bytesPerOp() < 0.01);
        return out.toString();
    }

    private static void target(StringBuilder out, String target, double figure, String unit, boolean held) {
        out.append(String.format(
                Locale.ROOT, "- %s: %s (%.2f %s)\n", target, held ? "held" : "**not held**", figure, unit));
    }

    /** B/op as JMH measures it: a figure under 0.01 is noise of the profiler, shown as 0. */
    private static String bytes(double bytesPerOp) {
        if (Double.isNaN(bytesPerOp)) {
            return "n/a";
        }
        return bytesPerOp < 0.01 ? "0" : String.format(Locale.ROOT, "%.1f", bytesPerOp);
    }

    private static Result raw(List<Result> results, String operation) {
        return find(results, operation, "raw");
    }

    private static Result find(List<Result> results, String operation, String peer) {
        return results.stream()
                .filter(r -> r.operation().equals(operation) && r.peer().equals(peer))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the result lacks " + operation + "_" + peer));
    }

    private static void chart(List<Result> results, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Result r : results) {
            data.addValue(
                    r.nsPerOp(),
                    PEERS.get(r.peer()),
                    OPERATIONS.get(r.operation()).replace(" (", "\n("));
        }
        LogAxis nanos = new LogAxis("ns per lookup (log scale, lower is better)");
        nanos.setSmallestValue(0.1);
        nanos.setBase(10);
        nanos.setNumberFormatOverride(new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        nanos.setTickUnit(new NumberTickUnit(1));
        nanos.setMinorTickMarksVisible(true);
        CategoryAxis operations = new CategoryAxis();
        operations.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        operations.setMaximumCategoryLabelLines(2);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setBase(0.1);
        bars.setItemMargin(0.02);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{2}", new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        bars.setDefaultItemLabelsVisible(true);
        Color[] colors = {
            Color.GRAY,
            new Color(0x1f77b4),
            new Color(0x2ca02c),
            new Color(0xff7f0e),
            new Color(0x9467bd),
            new Color(0x8c564b)
        };
        for (int series = 0; series < data.getRowCount(); series++) {
            String peer = (String) data.getRowKey(series);
            bars.setSeriesPaint(series, colors[new ArrayList<>(PEERS.values()).indexOf(peer)]);
        }
        CategoryPlot plot = new CategoryPlot(data, operations, nanos, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        Charts.save(
                "HTTP status lookups: statusgen vs a raw array and peers",
                plot,
                plot,
                "JMH, -prof gc; " + Codes.SIZE + " lookups per invocation over one pseudo-random mix of codes",
                png,
                1400,
                700);
    }
}
