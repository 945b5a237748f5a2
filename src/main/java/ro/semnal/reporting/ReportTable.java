package ro.semnal.reporting;

import java.util.List;

/**
 * One figure as a table in the reader's language, with the chart that draws it (SVG, or null when there is
 * nothing to draw). The same table is shown under the chart on the dashboard, exported to CSV and XLSX and
 * printed in the PDF report. Cells are {@link String}, {@link Long}, {@link Double} (one decimal) or null
 * ("none"); a {@code note} explains what the figure counts.
 */
public record ReportTable(String id, String title, String note, List<String> header, List<List<Object>> rows,
        String chartSvg) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
