package uk.police.enforcement.summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import uk.police.enforcement.api.model.Bucket;
import uk.police.enforcement.api.model.TimeSeries;
import uk.police.enforcement.figure.FigureValues;
/**
 * The device examination backlog drawn by JFreeChart: one bar per bucket of a time series, the devices waiting at
 * its end, with the highest security marking of what it draws as its subtitle.
 */
final class DeviceBacklogChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;

    static {
        // No display on a server: AWT draws into memory only.
        System.setProperty("java.awt.headless", "true");
    }

    private DeviceBacklogChart() {
    }

    static byte[] png(TimeSeries series) {
        DefaultCategoryDataset waiting = new DefaultCategoryDataset();
        for (Bucket bucket : series.getBuckets()) {
            waiting.addValue(bucket.getFigures().getDevicesAwaitingExamination(), "Devices awaiting examination",
                    bucket.getDayTo().toString());
        }
        String bucket = series.getInterval().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        JFreeChart chart = ChartFactory.createBarChart("Devices awaiting examination", "At the end of each " + bucket
                + " (the day shown)", "Devices", waiting, PlotOrientation.VERTICAL, false, false, false);
        String marking = FigureValues.highest(series.getBuckets().stream()
                .map(b -> b.getFigures().getSecurityMarking())).toString().replace('_', '-');
        chart.addSubtitle(new TextTitle(marking));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole devices
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x1d, 0x70, 0xb8));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the device backlog chart", e);
        }
        return png.toByteArray();
    }
}
