package be.kompas.core.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** Draws {@link Chart}s with JFreeChart, in the palette of the web pages, as PNG for both renderers. */
public final class ChartImages {

    /** The same colours as the SVG charts of the pages, so that a printed report looks like the screen. */
    private static final Color[] PALETTE = { new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
            new Color(0x7f6000), new Color(0x7030a0), new Color(0x2e75b6), new Color(0x808080) };

    private ChartImages() {
    }

    /** The chart as a PNG image of the given size in pixels. */
    public static byte[] png(Chart chart, int width, int height) {
        BufferedImage image = toJFreeChart(chart).createBufferedImage(width, height);
        var out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JFreeChart toJFreeChart(Chart chart) {
        ChartFactory.setChartTheme(theme());
        JFreeChart result = switch (chart.kind()) {
            case PIE -> pie(chart);
            case RADAR -> radar(chart);
            case LINE -> ChartFactory.createLineChart(chart.title(), null, chart.valueLabel(), dataset(chart),
                    PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
            case BAR -> ChartFactory.createBarChart(chart.title(), null, chart.valueLabel(), dataset(chart),
                    PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
            case STACKED_BAR -> ChartFactory.createStackedBarChart(chart.title(), null, chart.valueLabel(),
                    dataset(chart), PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
        };
        result.setBackgroundPaint(Color.WHITE);
        if (result.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xd0d0d0));
            for (int i = 0; i < chart.series().size(); i++) {
                plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
                plot.getRenderer().setSeriesStroke(i, new BasicStroke(2.5f));
            }
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
        }
        return result;
    }

    private static JFreeChart radar(Chart chart) {
        var plot = new SpiderWebPlot(dataset(chart));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setWebFilled(true);
        for (int i = 0; i < chart.series().size(); i++) {
            plot.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            plot.setSeriesOutlineStroke(i, new BasicStroke(2.5f));
        }
        return new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
    }

    private static JFreeChart pie(Chart chart) {
        var dataset = new DefaultPieDataset<String>();
        Chart.Series series = chart.series().get(0);
        for (int i = 0; i < chart.categories().size(); i++) {
            dataset.setValue(chart.categories().get(i), series.values().get(i));
        }
        JFreeChart result = ChartFactory.createPieChart(chart.title(), dataset, true, false, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) result.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setShadowPaint(null);
        for (int i = 0; i < chart.categories().size(); i++) {
            Paint paint = PALETTE[i % PALETTE.length];
            plot.setSectionPaint(chart.categories().get(i), paint);
        }
        return result;
    }

    private static DefaultCategoryDataset dataset(Chart chart) {
        var dataset = new DefaultCategoryDataset();
        for (Chart.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                dataset.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        return dataset;
    }

    private static StandardChartTheme theme() {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return theme;
    }
}
