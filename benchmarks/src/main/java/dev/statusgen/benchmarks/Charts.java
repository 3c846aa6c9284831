package dev.statusgen.benchmarks;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The look that the benchmark charts share: a bold title, the legend on top, a subtitle, a white background. */
public final class Charts {
    private Charts() {}

    /**
     * Draws {@code plot} into {@code png}.
     *
     * @param title the chart's title
     * @param plot what to draw
     * @param legend whose series the legend names
     * @param subtitle the line under the title
     * @param png where the chart goes; its directory is made if need be
     * @param width the width in pixels
     * @param height the height in pixels
     * @throws IOException if the file cannot be written
     */
    public static void save(
            String title, Plot plot, LegendItemSource legend, String subtitle, Path png, int width, int height)
            throws IOException {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, false);
        LegendTitle legendTitle = new LegendTitle(legend);
        legendTitle.setPosition(RectangleEdge.TOP);
        chart.addLegend(legendTitle);
        chart.addSubtitle(new TextTitle(subtitle));
        chart.setBackgroundPaint(Color.WHITE);
        if (png.getParent() != null) {
            Files.createDirectories(png.getParent());
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
    }
}
