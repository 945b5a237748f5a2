package ro.semnal.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import ro.semnal.base.export.Csv;
import ro.semnal.base.export.Xlsx;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.catalog.CatalogService;
import ro.semnal.reporting.pdf.ReportPdf;

/** The programme report in the reader's language: its tables, its exports (CSV, XLSX) and the PDF report. */
@Service
public class ReportDocuments {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ReportTables tables;
    private final Translations translations;
    private final CatalogService catalog;
    private final NamedParameterJdbcTemplate jdbc;

    ReportDocuments(ReportTables tables, Translations translations, CatalogService catalog, NamedParameterJdbcTemplate jdbc) {
        this.tables = tables;
        this.translations = translations;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public List<ReportTable> tables(ProgrammeReport report, Language language) {
        return tables.tables(report, language);
    }

    /** The headline figures as (label, value) pairs. */
    public List<String[]> headline(ProgrammeReport report, Language language) {
        Figures.Headline h = report.headline();
        java.util.Locale locale = language.locale();
        String none = t(language, "reporting.headline.none");
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {t(language, "reporting.headline.trained"), String.format(locale, "%,d", h.trained())});
        items.add(new String[] {t(language, "reporting.headline.enrolled"), String.format(locale, "%,d", h.enrolled())});
        items.add(new String[] {t(language, "reporting.headline.completed"), String.format(locale, "%,d", h.completed())});
        items.add(new String[] {t(language, "reporting.headline.gain") + " ("
                + t(language, "reporting.headline.gainDetail", h.gainLearners()) + ")",
            h.averageGain() == null ? none : String.format(locale, "%+.1f", h.averageGain())});
        items.add(new String[] {t(language, "reporting.headline.sessions"), String.format(locale, "%,d", h.sessionsHeld())});
        items.add(new String[] {t(language, "reporting.headline.attendance"),
            h.attendanceRate() == null ? none : String.format(locale, "%.0f%%", h.attendanceRate())});
        return items;
    }

    /** The filters in words, e.g. "Filters: 2026-01 to 2026-03, Police officer, Cluj". */
    public String filterSummary(ReportFilter filter, Language language) {
        List<String> parts = new ArrayList<>();
        if (filter.from() != null || filter.to() != null) {
            parts.add((filter.from() == null ? "…" : filter.from().toString()) + " – "
                    + (filter.to() == null ? "…" : filter.to().toString()));
        }
        if (filter.courseSlug() != null) {
            parts.add(catalog.course(filter.courseSlug()).map(c -> c.title().orOther(language)).orElse(filter.courseSlug()));
        }
        if (filter.profession() != null) {
            parts.add(t(language, filter.profession().messageKey()));
        }
        if (filter.county() != null) {
            parts.add(filter.county().displayName());
        }
        if (filter.institution() != null) {
            parts.add(filter.institution());
        }
        if (filter.cohortId() != null) {
            parts.add(jdbc.queryForList("SELECT name FROM cohort WHERE id = :id", Map.of("id", filter.cohortId()), String.class)
                    .stream().findFirst().orElse("#" + filter.cohortId()));
        }
        return t(language, "reporting.filter.summary", parts.isEmpty() ? t(language, "reporting.filter.none")
                : String.join(", ", parts));
    }

    public byte[] csv(ReportTable table, Language language) {
        return Csv.writeTyped(table.header(), table.rows(), language.locale());
    }

    public byte[] xlsx(List<ReportTable> tables) {
        return Xlsx.write(tables.stream().map(t -> new Xlsx.Table(t.id(), t.header(), t.rows())).toList());
    }

    /** The PDF report; {@code progress} hears how many of the tables are laid out. */
    public byte[] pdf(ProgrammeReport report, Language language, IntConsumer progress) {
        return pdf(report, tables(report, language), language, progress);
    }

    /** The PDF report of tables already made for the dashboard. */
    public byte[] pdf(ProgrammeReport report, List<ReportTable> all, Language language, IntConsumer progress) {
        String generated = t(language, "reporting.pdf.generated",
                STAMP.format(report.generatedAt().atZone(ZoneId.of("Europe/Bucharest"))));
        return ReportPdf.render(new ReportPdf.Content(t(language, "reporting.pdf.title"), generated,
                filterSummary(report.filter(), language), headline(report, language), all, language.locale(),
                t(language, "reporting.pdf.page", "%1$d", "%2$d"), t(language, "reporting.pdf.moreRows", "%1$,d")),
                progress);
    }

    private String t(Language language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
