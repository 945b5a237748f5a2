package ro.semnal.reporting.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the dashboard's charts on the server as SVG with JFreeChart, in DejaVu Sans (the font the PDF report
 * embeds, so ș and ț look the same everywhere). Colours are distinguishable in grey and for common colour
 * blindness; every chart also has a table next to it, so no figure is only in a picture.
 */
public final class Charts {

    /** One series of values over the categories, e.g. "present" per month. */
    public record Series(String name, List<? extends Number> values) {
    }

    public static final String FONT = "DejaVu Sans";
    private static final Color[] PALETTE = {new Color(0x7a, 0x1f, 0x3d), new Color(0x1f, 0x6f, 0x8b),
        new Color(0xd9, 0x8c, 0x1f), new Color(0x4d, 0x8f, 0x3a), new Color(0x6b, 0x5b, 0x95)};
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    static {
        register("DejaVuSans.ttf");
        register("DejaVuSans-Bold.ttf");
    }

    private Charts() {
    }

    private static void register(String file) {
        try (InputStream in = Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in != null) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            }
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the chart font " + file, e);
        }
    }

    /** Vertical bars, one per category; horizontal when there are many long labels. */
    public static String bars(java.util.Locale locale, String title, String valueAxis, List<String> categories, Series series, boolean horizontal) {
        DefaultCategoryDataset data = dataset(categories, List.of(series));
        CategoryPlot plot = plot(locale, data, valueAxis, horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        BarRenderer renderer = new BarRenderer();
        style(renderer);
        renderer.setMaximumBarWidth(0.08);
        plot.setRenderer(renderer);
        if (!horizontal) {
            slantLongLabels(plot, categories);
        }
        int height = horizontal ? Math.max(320, 60 + 26 * categories.size()) : 360;
        return svg(chart(title, plot, false), 760, height);
    }

    /** Bars of several series stacked on each other (e.g. present and absent per month). */
    public static String stacked(java.util.Locale locale, String title, String valueAxis, List<String> categories, List<Series> series) {
        CategoryPlot plot = plot(locale, dataset(categories, series), valueAxis, PlotOrientation.VERTICAL);
        StackedBarRenderer renderer = new StackedBarRenderer();
        style(renderer);
        renderer.setMaximumBarWidth(0.08);
        plot.setRenderer(renderer);
        slantLongLabels(plot, categories);
        return svg(chart(title, plot, true), 760, 380);
    }

    /** Grouped bars of several series side by side (e.g. pre-test and post-test per profession). */
    public static String grouped(java.util.Locale locale, String title, String valueAxis, List<String> categories, List<Series> series) {
        CategoryPlot plot = plot(locale, dataset(categories, series), valueAxis, PlotOrientation.VERTICAL);
        BarRenderer renderer = new BarRenderer();
        style(renderer);
        plot.setRenderer(renderer);
        slantLongLabels(plot, categories);
        return svg(chart(title, plot, true), 760, 420);
    }

    /** Lines over the categories (months), one per series, with a marker on every point. */
    public static String lines(java.util.Locale locale, String title, String valueAxis, List<String> categories, List<Series> series) {
        CategoryPlot plot = plot(locale, dataset(categories, series), valueAxis, PlotOrientation.VERTICAL);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        plot.setRenderer(renderer);
        if (categories.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return svg(chart(title, plot, series.size() > 1), 760, 380);
    }

    /** Labels that would not fit under their bars (many of them, or long ones) are slanted, in full. */
    private static void slantLongLabels(CategoryPlot plot, List<String> categories) {
        int room = 60 / Math.max(1, categories.size());
        if (categories.size() > 6 || categories.stream().anyMatch(label -> label.length() > room)) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                Number value = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(value, s.name(), categories.get(i));
            }
        }
        return data;
    }

    private static CategoryPlot plot(java.util.Locale locale, DefaultCategoryDataset data, String valueAxis, PlotOrientation orientation) {
        CategoryAxis domain = new CategoryAxis();
        domain.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        domain.setMaximumCategoryLabelWidthRatio(0.4f);
        domain.setMaximumCategoryLabelLines(2);
        NumberAxis range = new NumberAxis(valueAxis);
        range.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        range.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        range.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(locale));
        CategoryPlot plot = new CategoryPlot(data, domain, range, null);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    private static void style(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 14), plot, legend);
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(new Font(FONT, Font.PLAIN, 12));
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
