package ro.semnal.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.reporting.Figures.AttitudeChange;
import ro.semnal.reporting.Figures.KnowledgeGain;
import ro.semnal.reporting.Figures.Tally;
import ro.semnal.reporting.charts.Charts;
import ro.semnal.reporting.charts.Charts.Series;

/** Turns a {@link ProgrammeReport} into titled tables with their charts, in one language. */
@Component
public class ReportTables {

    private static final int CHART_TOP = 15;

    private final Translations translations;
    private final CatalogService catalog;

    ReportTables(Translations translations, CatalogService catalog) {
        this.translations = translations;
        this.catalog = catalog;
    }

    public List<ReportTable> tables(ProgrammeReport report, Language language) {
        Texts t = new Texts(language);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(months(report, t));
        tables.add(tally("profession", report.byProfession(), t, k -> t.get(Profession.valueOf(k).messageKey()), false));
        tables.add(tally("county", report.byCounty(), t, k -> County.valueOf(k).displayName(), true));
        tables.add(tally("institution", report.byInstitution(), t, k -> k, true));
        tables.add(tally("course", report.byCourse(), t, k -> course(k, language), true));
        tables.add(funnel(report, t));
        if (!report.modules().isEmpty()) {
            tables.add(modules(report, t, language));
        }
        tables.add(knowledge(report, t, language));
        tables.add(competencies(report, t));
        tables.add(attitudes(report, t, language));
        tables.add(sessions(report, t));
        if (!report.targets().isEmpty()) {
            tables.add(targets(report, t));
        }
        return tables;
    }

    private ReportTable months(ProgrammeReport report, Texts t) {
        List<List<Object>> rows = report.trainedByMonth().stream()
                .map(m -> row(m.month().toString(), m.trained(), m.cumulative())).toList();
        List<String> months = report.trainedByMonth().stream().map(m -> m.month().toString()).toList();
        String chart = rows.isEmpty() ? null : Charts.lines(t.locale(), t.get("reporting.table.months"), t.get("reporting.axis.people"),
                months, List.of(new Series(t.get("reporting.col.newTrained"), report.trainedByMonth().stream().map(Figures.Month::trained).toList()),
                        new Series(t.get("reporting.col.cumulative"), report.trainedByMonth().stream().map(Figures.Month::cumulative).toList())));
        return new ReportTable("trained-by-month", t.get("reporting.table.months"), t.get("reporting.note.months"),
                List.of(t.get("reporting.col.month"), t.get("reporting.col.newTrained"), t.get("reporting.col.cumulative")),
                rows, chart);
    }

    private ReportTable tally(String dimension, List<Tally> tallies, Texts t, java.util.function.Function<String, String> label,
            boolean horizontal) {
        String title = t.get("reporting.table.by." + dimension);
        List<List<Object>> rows = tallies.stream().map(x -> row(label.apply(x.key()), x.count())).toList();
        List<Tally> top = tallies.stream().limit(CHART_TOP).toList();
        String chart = top.isEmpty() ? null : Charts.bars(t.locale(), tallies.size() > CHART_TOP
                ? t.get("reporting.chart.top", title, CHART_TOP) : title, t.get("reporting.axis.people"),
                top.stream().map(x -> label.apply(x.key())).toList(),
                new Series(t.get("reporting.col.trained"), top.stream().map(Tally::count).toList()), horizontal);
        return new ReportTable("trained-by-" + dimension, title, t.get("reporting.note.trained"),
                List.of(t.get("reporting.col." + dimension), t.get("reporting.col.trained")), rows, chart);
    }

    private ReportTable funnel(ProgrammeReport report, Texts t) {
        Figures.Funnel f = report.funnel();
        List<String> stages = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        if (f.registered() != null) {
            stages.add(t.get("reporting.stage.registered"));
            values.add(f.registered());
        }
        stages.addAll(List.of(t.get("reporting.stage.enrolled"), t.get("reporting.stage.started"),
                t.get("reporting.stage.completed"), t.get("reporting.stage.certified")));
        values.addAll(List.of(f.enrolled(), f.started(), f.completed(), f.certified()));
        List<List<Object>> rows = new ArrayList<>();
        long first = values.getFirst();
        for (int i = 0; i < stages.size(); i++) {
            rows.add(row(stages.get(i), values.get(i), first == 0 ? null : 100.0 * values.get(i) / first));
        }
        String chart = f.enrolled() == 0 ? null : Charts.bars(t.locale(), t.get("reporting.table.funnel"), t.get("reporting.axis.people"),
                stages, new Series(t.get("reporting.col.people"), values), false);
        return new ReportTable("funnel", t.get("reporting.table.funnel"), t.get("reporting.note.funnel"),
                List.of(t.get("reporting.col.stage"), t.get("reporting.col.people"), t.get("reporting.col.shareOfFirst")),
                rows, chart);
    }

    private ReportTable modules(ProgrammeReport report, Texts t, Language language) {
        List<List<Object>> rows = report.modules().stream()
                .map(m -> row(m.number() + ". " + m.title().orOther(language), m.reached(), m.share())).toList();
        String chart = Charts.bars(t.locale(), t.get("reporting.table.modules"), t.get("reporting.axis.people"),
                report.modules().stream().map(m -> t.get("reporting.module", m.number())).toList(),
                new Series(t.get("reporting.col.reached"), report.modules().stream().map(Figures.ModuleReach::reached).toList()), false);
        return new ReportTable("modules", t.get("reporting.table.modules"), t.get("reporting.note.modules"),
                List.of(t.get("reporting.col.module"), t.get("reporting.col.reached"), t.get("reporting.col.shareOfEnrolled")),
                rows, chart);
    }

    private ReportTable knowledge(ProgrammeReport report, Texts t, Language language) {
        List<KnowledgeGain> gains = report.knowledge().stream()
                .sorted(java.util.Comparator.comparing(KnowledgeGain::course).thenComparing(KnowledgeGain::profession)).toList();
        List<List<Object>> rows = gains.stream().map(k -> row(course(k.course(), language),
                t.get(Profession.valueOf(k.profession()).messageKey()), k.learners(), k.pre(), k.post(), k.gain())).toList();
        List<String> labels = gains.stream().map(k -> t.get(Profession.valueOf(k.profession()).messageKey())
                + (report.filter().courseSlug() == null ? " / " + k.course() : "")).toList();
        String chart = gains.isEmpty() ? null : Charts.grouped(t.locale(), t.get("reporting.table.knowledge"), t.get("reporting.axis.percent"),
                labels, List.of(new Series(t.get("reporting.col.pre"), gains.stream().map(KnowledgeGain::pre).toList()),
                        new Series(t.get("reporting.col.post"), gains.stream().map(KnowledgeGain::post).toList())));
        return new ReportTable("knowledge", t.get("reporting.table.knowledge"), t.get("reporting.note.knowledge"),
                List.of(t.get("reporting.col.course"), t.get("reporting.col.profession"), t.get("reporting.col.learners"),
                        t.get("reporting.col.pre"), t.get("reporting.col.post"), t.get("reporting.col.gain")), rows, chart);
    }

    private ReportTable competencies(ProgrammeReport report, Texts t) {
        List<List<Object>> rows = report.competencies().stream()
                .map(c -> row(competency(c.competency(), t), c.learners(), c.percent())).toList();
        String chart = rows.isEmpty() ? null : Charts.bars(t.locale(), t.get("reporting.table.competencies"), t.get("reporting.axis.percent"),
                report.competencies().stream().map(c -> competency(c.competency(), t)).toList(),
                new Series(t.get("reporting.col.score"), report.competencies().stream().map(Figures.CompetencyScore::percent).toList()), false);
        return new ReportTable("competencies", t.get("reporting.table.competencies"), t.get("reporting.note.competencies"),
                List.of(t.get("reporting.col.competency"), t.get("reporting.col.learners"), t.get("reporting.col.score")),
                rows, chart);
    }

    private ReportTable attitudes(ProgrammeReport report, Texts t, Language language) {
        String tooFew = t.get("reporting.tooFew", Figures.MIN_GROUP);
        List<List<Object>> rows = report.attitudes().stream().map(a -> a.suppressed()
                ? row(course(a.course(), language), profession(a, t), tooFew, null, null, null)
                : row(course(a.course(), language), profession(a, t), a.respondents(), a.before(), a.after(),
                        a.after() - a.before())).toList();
        List<AttitudeChange> shown = report.attitudes().stream().filter(a -> !a.suppressed()).toList();
        String chart = shown.isEmpty() ? null : Charts.grouped(t.locale(), t.get("reporting.table.attitudes"), t.get("reporting.axis.index"),
                shown.stream().map(a -> profession(a, t) + (report.filter().courseSlug() == null ? " / " + a.course() : "")).toList(),
                List.of(new Series(t.get("reporting.col.before"), shown.stream().map(AttitudeChange::before).toList()),
                        new Series(t.get("reporting.col.after"), shown.stream().map(AttitudeChange::after).toList())));
        return new ReportTable("attitudes", t.get("reporting.table.attitudes"), t.get("reporting.note.attitudes", Figures.MIN_GROUP),
                List.of(t.get("reporting.col.course"), t.get("reporting.col.profession"), t.get("reporting.col.respondents"),
                        t.get("reporting.col.before"), t.get("reporting.col.after"), t.get("reporting.col.change")), rows, chart);
    }

    private ReportTable sessions(ProgrammeReport report, Texts t) {
        List<List<Object>> rows = report.sessions().stream().map(s -> row(s.month().toString(),
                County.valueOf(s.county()).displayName(), s.sessions(), s.expected(), s.present(), s.rate())).toList();
        java.util.Map<String, long[]> perMonth = new java.util.TreeMap<>();
        report.sessions().forEach(s -> {
            long[] v = perMonth.computeIfAbsent(s.month().toString(), k -> new long[2]);
            v[0] += s.present();
            v[1] += s.expected() - s.present();
        });
        String chart = perMonth.isEmpty() ? null : Charts.stacked(t.locale(), t.get("reporting.table.sessions"), t.get("reporting.axis.people"),
                List.copyOf(perMonth.keySet()), List.of(
                        new Series(t.get("reporting.col.present"), perMonth.values().stream().map(v -> v[0]).toList()),
                        new Series(t.get("reporting.col.absent"), perMonth.values().stream().map(v -> v[1]).toList())));
        return new ReportTable("sessions", t.get("reporting.table.sessions"), t.get("reporting.note.sessions"),
                List.of(t.get("reporting.col.month"), t.get("reporting.col.county"), t.get("reporting.col.sessions"),
                        t.get("reporting.col.expected"), t.get("reporting.col.present"), t.get("reporting.col.rate")), rows, chart);
    }

    private ReportTable targets(ProgrammeReport report, Texts t) {
        List<List<Object>> rows = report.targets().stream().map(p -> row(p.target().name(), (long) p.target().count(),
                p.achieved(), p.percent(), p.target().deadline().toString(), t.get(p.reached() ? "reporting.target.reached"
                        : p.overdue() ? "reporting.target.overdue" : p.onTrack() ? "reporting.target.onTrack" : "reporting.target.behind")))
                .toList();
        String chart = Charts.grouped(t.locale(), t.get("reporting.table.targets"), t.get("reporting.axis.people"),
                report.targets().stream().map(p -> p.target().name()).toList(), List.of(
                        new Series(t.get("reporting.col.target"), report.targets().stream().map(p -> p.target().count()).toList()),
                        new Series(t.get("reporting.col.achieved"), report.targets().stream().map(Figures.TargetProgress::achieved).toList())));
        return new ReportTable("targets", t.get("reporting.table.targets"), t.get("reporting.note.targets"),
                List.of(t.get("reporting.col.targetName"), t.get("reporting.col.target"), t.get("reporting.col.achieved"),
                        t.get("reporting.col.progress"), t.get("reporting.col.deadline"), t.get("reporting.col.status")), rows, chart);
    }

    private String course(String slug, Language language) {
        return catalog.course(slug).map(CourseDefinition::title).map(title -> title.orOther(language)).orElse(slug);
    }

    private static String profession(AttitudeChange a, Texts t) {
        return a.profession() == null ? t.get("reporting.allProfessions") : t.get(Profession.valueOf(a.profession()).messageKey());
    }

    private static String competency(String name, Texts t) {
        String key = "competency." + name;
        String text = t.get(key);
        return text.startsWith("!") || text.isBlank() ? name : text;
    }

    private static List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells)));
    }

    private final class Texts {
        private final Language language;

        Texts(Language language) {
            this.language = language;
        }

        String get(String key, Object... args) {
            return translations.get(language, key, args);
        }

        java.util.Locale locale() {
            return language.locale();
        }
    }
}
