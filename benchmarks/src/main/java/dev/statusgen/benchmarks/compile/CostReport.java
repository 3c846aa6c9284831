package dev.statusgen.benchmarks.compile;

import dev.statusgen.benchmarks.Charts;
import dev.statusgen.benchmarks.compile.CompileCost.Result;
import dev.statusgen.benchmarks.compile.Harness.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The Markdown tables, the targets and the chart of {@link CompileCost}'s measurements. */
final class CostReport {
    private static final DoubleBinaryOperator MINUS = (a, b) -> a - b;
    private static final DoubleBinaryOperator OVER = (a, b) -> a / b;

    private CostReport() {}

    static String markdown(String header, Map<String, Result> results) {
        StringBuilder out =
                new StringBuilder("# Compile cost\n\n").append(header).append("\n\n");
        out.append("Cases:\n\n");
        for (Result r : results.values()) {
            out.append("- `")
                    .append(r.c.name)
                    .append("`: ")
                    .append(r.c.summary())
                    .append(".\n");
        }
        out.append("\nIn every table a difference or ratio is the median of the per-run (cold) or per-iteration"
                + " (warm) pairs, whose variants ran back to back, with the interquartile range of those pairs in"
                + " brackets: the spread is the noise of the machine.\n");

        cold(out, results);
        coldCpu(out, results);
        warm(out, results);
        targets(out, results);
        return out.toString();
    }

    /** The cold compiles by wall time. */
    private static void cold(StringBuilder out, Map<String, Result> results) {
        out.append("\n## Cold: a fresh `javac` JVM per compile (wall time, ms)\n\n")
                .append("| Case | runs | -proc:none | floor | statusgen | statusgen ÷ -proc:none |"
                        + " statusgen − -proc:none | floor − -proc:none | statusgen − floor |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f | %s | %s | %s | %s |%n",
                    r.c.name,
                    r.cold.get(Variant.NONE).size(),
                    median(r.cold(Variant.NONE, 0)),
                    median(r.cold(Variant.FLOOR, 0)),
                    median(r.cold(Variant.STATUSGEN, 0)),
                    paired(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), OVER, "%.2fx"),
                    paired(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), MINUS, "%+.0f"),
                    paired(r.cold(Variant.FLOOR, 0), r.cold(Variant.NONE, 0), MINUS, "%+.0f"),
                    paired(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.FLOOR, 0), MINUS, "%+.0f")));
        }
    }

    /** The cold compiles by CPU time and peak RSS, if GNU time measured them. */
    private static void coldCpu(StringBuilder out, Map<String, Result> results) {
        Result any = results.values().iterator().next();
        if (!Double.isNaN(any.cold(Variant.NONE, 1).get(0))) {
            out.append("\nThe same compiles by CPU time (user + system, all of javac's threads, from GNU time), which"
                            + " waits for no other process, and peak RSS:\n\n")
                    .append("| Case | CPU -proc:none (s) | CPU floor (s) | CPU statusgen (s) | statusgen ÷ -proc:none |"
                            + " statusgen − floor (s) | peak RSS -proc:none / floor / statusgen (MB) |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : results.values()) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %.2f | %.2f | %.2f | %s | %s | %.0f / %.0f / %.0f |%n",
                        r.c.name,
                        median(r.cold(Variant.NONE, 1)),
                        median(r.cold(Variant.FLOOR, 1)),
                        median(r.cold(Variant.STATUSGEN, 1)),
                        paired(r.cold(Variant.STATUSGEN, 1), r.cold(Variant.NONE, 1), OVER, "%.2fx"),
                        paired(r.cold(Variant.STATUSGEN, 1), r.cold(Variant.FLOOR, 1), MINUS, "%+.2f"),
                        median(r.cold(Variant.NONE, 2)),
                        median(r.cold(Variant.FLOOR, 2)),
                        median(r.cold(Variant.STATUSGEN, 2))));
            }
        }
    }

    /** The warm compiles by wall time and by the CPU time of the JVM's threads, if any case ran warm. */
    private static void warm(StringBuilder out, Map<String, Result> results) {
        List<Result> warm = new ArrayList<>();
        for (Result r : results.values()) {
            if (r.hasWarm()) {
                warm.add(r);
            }
        }
        if (warm.isEmpty()) {
            return;
        }
        out.append("\n## Warm: compiles through `javax.tools` in one JVM (wall time, ms)\n\n")
                .append("| Case | kept compiles | -proc:none | floor | statusgen | statusgen − floor |"
                        + " statusgen − -proc:none | floor − -proc:none |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : warm) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %s | %s | %s |%n",
                    r.c.name,
                    r.warm.get(Variant.NONE).size(),
                    median(r.warm(Variant.NONE, 0)),
                    median(r.warm(Variant.FLOOR, 0)),
                    median(r.warm(Variant.STATUSGEN, 0)),
                    paired(r.warm(Variant.STATUSGEN, 0), r.warm(Variant.FLOOR, 0), MINUS, "%+.1f"),
                    paired(r.warm(Variant.STATUSGEN, 0), r.warm(Variant.NONE, 0), MINUS, "%+.1f"),
                    paired(r.warm(Variant.FLOOR, 0), r.warm(Variant.NONE, 0), MINUS, "%+.1f")));
        }
        out.append("\nThe same compiles by the CPU time of the JVM's threads (ms): the compiling thread, statusgen's"
                        + " rendering threads, and the JIT and GC threads, which compile and collect for the"
                        + " compile on the other cores:\n\n")
                .append("| Case | -proc:none | floor | statusgen | statusgen − floor | statusgen − -proc:none |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (Result r : warm) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %s | %s |%n",
                    r.c.name,
                    median(r.warm(Variant.NONE, 1)),
                    median(r.warm(Variant.FLOOR, 1)),
                    median(r.warm(Variant.STATUSGEN, 1)),
                    paired(r.warm(Variant.STATUSGEN, 1), r.warm(Variant.FLOOR, 1), MINUS, "%+.1f"),
                    paired(r.warm(Variant.STATUSGEN, 1), r.warm(Variant.NONE, 1), MINUS, "%+.1f")));
        }
    }

    /** The targets of issue 15, held or not. */
    private static void targets(StringBuilder out, Map<String, Result> results) {
        out.append("\n## Targets\n\n| Target | Measured | Held |\n|---|---|---|\n");
        for (String name : List.of("standard", "iana")) {
            Result r = results.get(name);
            if (r != null) {
                targetsOn(out, r, name.equals("standard") ? "standard table" : "IANA registry");
            }
        }
        Result standard = results.get("standard");
        if (standard != null) {
            scale(out, standard, results.get("spec500"), "500-code spec", "the standard table", 1.8);
            scale(out, standard, results.get("holders50"), "50 holders sharing one spec", "one holder", 10);
        }
        out.append("\nScale targets compare statusgen's processor time (cold, statusgen − `-proc:none`, wall time);"
                + " in brackets, its own work (cold, statusgen − floor) and its processor time by CPU time.\n");
    }

    /** The cold and warm targets on one table ({@code on}). */
    private static void targetsOn(StringBuilder out, Result r, String on) {
        double ratio = pairedMedian(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), OVER);
        target(
                out,
                "cold, " + on + ": statusgen at most 1.15x `-proc:none`",
                paired(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), OVER, "%.2fx") + byCpu(r, OVER, "%.2fx"),
                ratio <= 1.15);
        double added = pairedMedian(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), MINUS);
        target(
                out,
                "cold, " + on + ": statusgen adds at most 100 ms to `-proc:none`",
                paired(r.cold(Variant.STATUSGEN, 0), r.cold(Variant.NONE, 0), MINUS, "%+.0f ms")
                        + byCpu(r, MINUS, "%+.0f ms"),
                added <= 100);
        if (r.hasWarm()) {
            double overFloor = pairedMedian(r.warm(Variant.STATUSGEN, 0), r.warm(Variant.FLOOR, 0), MINUS);
            target(
                    out,
                    "warm, " + on + ": statusgen at most 25 ms above the floor",
                    paired(r.warm(Variant.STATUSGEN, 0), r.warm(Variant.FLOOR, 0), MINUS, "%+.1f ms")
                            + String.format(
                                    Locale.ROOT,
                                    " (medians %.1f vs %.1f ms; by process CPU %+.1f ms)",
                                    median(r.warm(Variant.STATUSGEN, 0)),
                                    median(r.warm(Variant.FLOOR, 0)),
                                    pairedMedian(r.warm(Variant.STATUSGEN, 1), r.warm(Variant.FLOOR, 1), MINUS)),
                    overFloor <= 25);
        }
    }

    private static void scale(StringBuilder out, Result base, Result large, String what, String of, double limit) {
        if (large == null) {
            return;
        }
        double baseProcessor = pairedMedian(base.cold(Variant.STATUSGEN, 0), base.cold(Variant.NONE, 0), MINUS);
        double processor =
                pairedMedian(large.cold(Variant.STATUSGEN, 0), large.cold(Variant.NONE, 0), MINUS) / baseProcessor;
        double own = pairedMedian(large.cold(Variant.STATUSGEN, 0), large.cold(Variant.FLOOR, 0), MINUS)
                / pairedMedian(base.cold(Variant.STATUSGEN, 0), base.cold(Variant.FLOOR, 0), MINUS);
        String target = String.format(Locale.ROOT, "scale: %s at most %.1fx %s", what, limit, of);
        if (!(baseProcessor > 0)) {
            out.append("| ")
                    .append(target)
                    .append(" | n/a: statusgen took no longer than `-proc:none` on ")
                    .append(base.c.name)
                    .append(" (noise) | n/a |\n");
            return;
        }
        double cpu = pairedMedian(large.cold(Variant.STATUSGEN, 1), large.cold(Variant.NONE, 1), MINUS)
                / pairedMedian(base.cold(Variant.STATUSGEN, 1), base.cold(Variant.NONE, 1), MINUS);
        target(
                out,
                target,
                String.format(Locale.ROOT, "%.2fx (own work: %.2fx", processor, own)
                        + (Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "; by CPU time: %.2fx", cpu))
                        + ")",
                processor <= limit);
    }

    /** The cold pair statusgen, {@code -proc:none} by CPU time (in ms for a difference), or nothing. */
    private static String byCpu(Result r, DoubleBinaryOperator op, String format) {
        double cpu = pairedMedian(r.cold(Variant.STATUSGEN, 1), r.cold(Variant.NONE, 1), op);
        if (Double.isNaN(cpu)) {
            return "";
        }
        return String.format(Locale.ROOT, " (by CPU time " + format + ")", op == MINUS ? cpu * 1000 : cpu);
    }

    private static void target(StringBuilder out, String target, String measured, boolean held) {
        out.append("| ")
                .append(target)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(held ? "yes" : "**no**")
                .append(" |\n");
    }

    /**
     * The median of the pairs {@code op(a[i], b[i])} in {@code format}, with their interquartile range in brackets
     * (in the same format without its sign and its unit).
     */
    private static String paired(List<Double> a, List<Double> b, DoubleBinaryOperator op, String format) {
        List<Double> pairs = pairs(a, b, op);
        String bare = format.replace("+", "").replace(" ms", "");
        return String.format(Locale.ROOT, format, median(pairs))
                + String.format(
                        Locale.ROOT, " [" + bare + "–" + bare + "]", quantile(pairs, 0.25), quantile(pairs, 0.75));
    }

    static double pairedMedian(List<Double> a, List<Double> b, DoubleBinaryOperator op) {
        return median(pairs(a, b, op));
    }

    private static List<Double> pairs(List<Double> a, List<Double> b, DoubleBinaryOperator op) {
        List<Double> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            pairs.add(op.applyAsDouble(a.get(i), b.get(i)));
        }
        return pairs;
    }

    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    /** The quantile {@code q} of the values, interpolated linearly between the nearest ranks. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double position = q * (sorted.size() - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
    }

    /** Two bar charts over the cases, cold and warm, of the median wall time of each variant. */
    static void chart(Map<String, Result> results, Path png, String subtitle) throws IOException {
        DefaultCategoryDataset cold = new DefaultCategoryDataset();
        DefaultCategoryDataset warm = new DefaultCategoryDataset();
        for (Result r : results.values()) {
            for (Variant v : Variant.values()) {
                cold.addValue(median(r.cold(v, 0)), v.label, r.c.name);
                if (r.hasWarm()) {
                    warm.addValue(median(r.warm(v, 0)), v.label, r.c.name);
                }
            }
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis());
        CategoryPlot coldPlot = plot(cold, "cold: a fresh javac JVM, ms");
        plot.add(coldPlot, 1);
        if (warm.getColumnCount() > 0) {
            plot.add(plot(warm, "warm: javax.tools in one JVM, ms"), 1);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        Charts.save(
                "javac wall time: -proc:none, the floor (statusgen's output, canned) and statusgen",
                plot,
                coldPlot,
                "Medians; " + subtitle,
                png,
                1200,
                800);
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, String label) {
        NumberAxis ms = new NumberAxis(label);
        ms.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.02);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{2}", new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        bars.setDefaultItemLabelsVisible(true);
        Color[] colors = {Color.GRAY, new Color(0x2ca02c), new Color(0x1f77b4)};
        for (int series = 0; series < colors.length; series++) {
            bars.setSeriesPaint(series, colors[series]);
        }
        CategoryPlot plot = new CategoryPlot(data, null, ms, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        return plot;
    }
}
