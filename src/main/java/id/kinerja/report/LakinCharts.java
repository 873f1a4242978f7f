package id.kinerja.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The LAKIN's charts, drawn with JFreeChart from figures already in the view model: as an inline SVG element
 * (vector; the HTML preview and the PDF, where openhtmltopdf draws it with Batik) or as a PNG image in a
 * {@code data:} URI (the DOCX: Word's XHTML importer takes images, not SVG). Text is drawn as outlines in the SVG so
 * the chart looks the same whatever fonts the reader has, and its numbers are not mistaken for the tables' text.
 */
final class LakinCharts {

    /** Chart width and height in CSS pixels (96 per inch): 15.9 cm x 6.4 cm, inside the A4 text area. */
    static final int WIDTH = 600;

    static final int HEIGHT = 240;
    static final int WIDTH_MM = 150;
    static final int HEIGHT_MM = 60;

    private static final Color[] COLOURS = {
        new Color(0x1f3864), new Color(0xed7d31), new Color(0x00b050), new Color(0x7f7f7f)
    };
    private static final AtomicInteger IDS = new AtomicInteger();

    private LakinCharts() {}

    /** Bars or lines over categories (years, periods, kinds of spending). */
    public enum Type {
        BAR,
        LINE
    }

    /**
     * A chart's figures.
     *
     * @param title      printed above the chart
     * @param axisLabel  the value axis's label, e.g. "miliar Rp" or "%"
     * @param categories the category labels, in order
     * @param series     one or more series, each with one value (or null) per category
     */
    public record Chart(Type type, String title, String axisLabel, List<String> categories, List<Series> series) {

        boolean empty() {
            return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
        }
    }

    public record Series(String name, List<BigDecimal> values) {}

    /** The chart as an SVG element (XHTML-safe, sized in millimetres); {@link LakinChartCache} keeps drawn ones. */
    static String svg(Chart chart) {
        return drawSvg(chart);
    }

    /** The chart as a PNG {@code data:} URI, drawn at twice the size for print. */
    static String pngDataUri(Chart chart) {
        return drawPng(chart);
    }

    private static String drawSvg(Chart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        draw(chart).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        // sized in millimetres with a view box: the PDF's SVG drawer and browsers then scale the same drawing
        String svg =
                g.getSVGElement("chart" + IDS.incrementAndGet(), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return svg.replaceFirst("<svg ", "<svg width=\"" + WIDTH_MM + "mm\" height=\"" + HEIGHT_MM + "mm\" ");
    }

    private static String drawPng(Chart chart) {
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            draw(chart).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static JFreeChart draw(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(v, s.name(), chart.categories().get(i));
            }
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font);
        NumberAxis values = new NumberAxis(chart.axisLabel());
        values.setLabelFont(font);
        values.setTickLabelFont(font);
        values.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(ReportService.INDONESIAN));
        CategoryPlot plot;
        if (chart.type() == Type.BAR) {
            BarRenderer bars = new BarRenderer();
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
            for (int i = 0; i < chart.series().size(); i++) {
                bars.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            }
            plot = new CategoryPlot(data, categories, values, bars);
        } else {
            LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < chart.series().size(); i++) {
                lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
                lines.setSeriesStroke(i, new BasicStroke(2f));
            }
            plot = new CategoryPlot(data, categories, values, lines);
            values.setAutoRangeIncludesZero(false);
            values.setAutoRangeMinimumSize(10); // a flat series (the same value every year) gets a readable axis
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xbfbfbf));
        plot.setOutlineVisible(false);
        JFreeChart c = new JFreeChart(null, font, plot, chart.series().size() > 1);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        if (c.getLegend() != null) {
            c.getLegend().setItemFont(font);
            c.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        c.setTitle(new TextTitle(chart.title(), new Font(Font.SANS_SERIF, Font.BOLD, 11)));
        return c;
    }
}
