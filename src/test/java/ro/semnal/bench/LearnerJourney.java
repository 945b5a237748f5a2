package ro.semnal.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import ro.semnal.catalog.CertificateSettings;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.QuizKind;

/**
 * One learner's way through one course, written as the application would have written it: the enrolment, a row
 * of item progress per item reached (in course order, with realistic pauses), the quiz attempts (drawn layout,
 * points per competency, a score that follows from those points), completion and the certificate. Nothing is
 * written after {@code now}: a journey that would go on past it simply stops there, unfinished.
 */
final class LearnerJourney {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    /** The tables a journey writes to. */
    record Sink(Batch enrollment, Batch progress, Batch attempt, Batch certificate) {
    }

    /** Who takes the course and how: knowledge before, how much they learn, whether they are in a cohort. */
    record Learner(long id, String name, String profession, String county, String institution, String language,
            double ability, double gain, double attitude, boolean cohort) {
    }

    private final SplittableRandom random;
    private final Instant now;
    private final Sink sink;
    private final Set<String> codes = new HashSet<>();

    LearnerJourney(SplittableRandom random, Instant now, Sink sink) {
        this.random = random;
        this.now = now;
        this.sink = sink;
    }

    /** Writes the learner's enrolment in the course and what followed; returns when they completed it, or null. */
    Instant take(Learner learner, CourseDefinition course, Instant enrolledAt) throws SQLException {
        if (!enrolledAt.isBefore(now)) {
            return null;
        }
        boolean starts = random.nextDouble() < (learner.cohort() ? 0.95 : 0.85);
        boolean finishes = starts && random.nextDouble() < (learner.cohort() ? 0.70 : 0.51);
        List<ItemRef> items = course.items();
        int reach = !starts ? 0 : finishes ? items.size() : 1 + (int) ((items.size() - 1) * Math.pow(random.nextDouble(), 0.6));
        Instant t = enrolledAt.plus(minutes(1 + random.nextInt(90)));
        String lastItem = null;
        Instant lastActivity = enrolledAt;
        boolean passedFinal = false;
        boolean tookFirstSurvey = false;
        int surveysSeen = 0;
        for (int i = 0; i < reach && t.isBefore(now); i++) {
            ItemRef item = items.get(i);
            Instant viewed = t;
            Instant done;
            if (item.kind() == ItemKind.LESSON) {
                boolean lastUnfinished = !finishes && i == reach - 1 && random.nextBoolean();
                done = lastUnfinished ? null : viewed.plus(minutes(8 + random.nextInt(25)));
            } else {
                QuizDefinition quiz = course.quizzes().get(item.slug());
                boolean first = quiz.kind() == QuizKind.ATTITUDE_SURVEY && surveysSeen++ == 0;
                Outcome outcome = quiz(learner, course, quiz, viewed, finishes, first, tookFirstSurvey);
                tookFirstSurvey |= first && outcome.submitted != null;
                passedFinal |= quiz.kind() == QuizKind.GRADED && outcome.passed;
                done = outcome.submitted;
            }
            if (done != null && !done.isBefore(now)) {
                done = null;
            }
            sink.progress().row(learner.id(), course.slug(), item.slug(), viewed, done);
            lastItem = item.slug();
            lastActivity = done == null ? viewed : done;
            t = lastActivity.plus(random.nextDouble() < 0.6 ? minutes(1 + random.nextInt(10))
                    : Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * 2.5 * 86_400)));
        }
        Instant completed = finishes && passedFinal && lastItem != null && lastItem.equals(items.getLast().slug())
                ? lastActivity.plusSeconds(1) : null;
        if (completed != null && !completed.isBefore(now)) {
            completed = null;
        }
        sink.enrollment().row(learner.id(), course.slug(), enrolledAt, lastItem, lastActivity, completed,
                completed == null ? null : course.version());
        if (completed != null) {
            certificate(learner, course, completed);
        }
        return completed;
    }

    private record Outcome(Instant submitted, boolean passed) {
    }

    private Outcome quiz(Learner learner, CourseDefinition course, QuizDefinition quiz, Instant start, boolean finishes,
            boolean firstSurvey, boolean tookFirstSurvey) throws SQLException {
        double r = random.nextDouble();
        return switch (quiz.kind()) {
            case PRE_TEST -> r < 0.93 ? attempts(learner, course, quiz, start, 1, learner.ability(), false)
                    : new Outcome(null, false);
            case POST_TEST -> r < 0.96 ? attempts(learner, course, quiz, start, 1, learner.ability() + learner.gain(), false)
                    : new Outcome(null, false);
            case PRACTICE -> r < 0.45 ? attempts(learner, course, quiz, start, random.nextDouble() < 0.2 ? 2 : 1,
                    learner.ability() + learner.gain() / 2, false) : new Outcome(null, false);
            case ATTITUDE_SURVEY -> (firstSurvey ? r < 0.45 : r < (tookFirstSurvey ? 0.85 : 0.08))
                    ? survey(learner, course, quiz, start, firstSurvey) : new Outcome(null, false);
            case GRADED -> {
                double u = random.nextDouble();
                int count = u < 0.75 ? 1 : u < 0.95 ? 2 : 3;
                double rate = learner.ability() + learner.gain() + 0.05;
                // whoever does not finish the course has not passed its final quiz (passing it would complete it)
                yield attempts(learner, course, quiz, start, Math.min(count, Math.max(1, quiz.attempts() == 0 ? 3 : quiz.attempts())),
                        finishes ? rate : Math.min(rate, 0.4), finishes);
            }
        };
    }

    /** {@code count} attempts; when {@code mustPass}, the last one passes and the earlier ones failed. */
    private Outcome attempts(Learner learner, CourseDefinition course, QuizDefinition quiz, Instant start, int count,
            double rate, boolean mustPass) throws SQLException {
        Instant t = start;
        Instant submitted = null;
        boolean passed = false;
        for (int n = 1; n <= count && t.isBefore(now); n++) {
            boolean last = n == count;
            double attemptRate = mustPass ? (last ? Math.max(rate, 0.86) : Math.min(rate, 0.5)) : rate;
            boolean abandoned = !mustPass && quiz.kind() == QuizKind.GRADED && last && random.nextDouble() < 0.15;
            Instant end = t.plus(minutes(4 + random.nextInt(quiz.kind() == QuizKind.GRADED ? 25 : 12)));
            if (!end.isBefore(now)) {
                abandoned = true;
            }
            Scored scored = score(quiz, clamp(attemptRate + random.nextGaussian() * 0.05, 0.02, 0.99));
            Instant deadline = quiz.timeLimitMinutes() == null ? null : t.plus(minutes(quiz.timeLimitMinutes()));
            if (abandoned) {
                sink.attempt().row(learner.id(), course.slug(), quiz.slug(), quiz.kind().name(), course.version(), n, t,
                        deadline, null, "IN_PROGRESS", false, null, null, scored.layout, null);
                break;
            }
            passed = scored.percent >= quiz.passMark();
            sink.attempt().row(learner.id(), course.slug(), quiz.slug(), quiz.kind().name(), course.version(), n, t,
                    deadline, end, "SUBMITTED", false, BigDecimal.valueOf(scored.percent).setScale(2, java.math.RoundingMode.HALF_UP),
                    passed, scored.layout, scored.competencies);
            submitted = end;
            if (passed && (mustPass || quiz.kind() == QuizKind.GRADED)) {
                break;
            }
            t = end.plus(minutes(quiz.waitMinutes() + 5 + random.nextInt(60 * 24)));
        }
        return new Outcome(submitted, passed);
    }

    /** The attitude survey: its score is the attitude index from 0 to 100. */
    private Outcome survey(Learner learner, CourseDefinition course, QuizDefinition quiz, Instant start, boolean before)
            throws SQLException {
        Instant end = start.plus(minutes(3 + random.nextInt(6)));
        if (!end.isBefore(now)) {
            return new Outcome(null, false);
        }
        double index = before ? learner.attitude()
                : clamp(learner.attitude() + 9 + (learner.cohort() ? 3 : 0) + random.nextGaussian() * 9, 0, 100);
        int statements = Math.max(1, quiz.questions().size());
        double possible = statements * 4.0;
        double earned = Math.round(index / 100 * possible * 4) / 4.0;
        String layout = layout(quiz);
        sink.attempt().row(learner.id(), course.slug(), quiz.slug(), quiz.kind().name(), course.version(), 1, start, null,
                end, "SUBMITTED", false, BigDecimal.valueOf(index).setScale(2, java.math.RoundingMode.HALF_UP), null,
                layout, "attitudes=" + earned + "/" + possible);
        return new Outcome(end, true);
    }

    private record Scored(String layout, String competencies, double percent) {
    }

    /** Draws the questions and gives each one its points at the learner's rate; the percentage follows. */
    private Scored score(QuizDefinition quiz, double rate) {
        List<Question> drawn = draw(quiz);
        Map<String, double[]> points = new TreeMap<>();
        double earned = 0;
        double possible = 0;
        for (Question q : drawn) {
            double max = q instanceof Question.Scenario ? 2.0 : 1.0;
            double got = random.nextDouble() < rate ? max : (q instanceof Question.Scenario && random.nextBoolean() ? max / 2 : 0);
            double[] p = points.computeIfAbsent(q.competency() == null ? "general" : q.competency(), k -> new double[2]);
            p[0] += got;
            p[1] += max;
            earned += got;
            possible += max;
        }
        StringBuilder competencies = new StringBuilder();
        points.forEach((k, p) -> competencies.append(competencies.isEmpty() ? "" : ";").append(k).append('=')
                .append(p[0]).append('/').append(p[1]));
        return new Scored(layout(drawn, quiz.shuffleOptions()), competencies.toString(),
                possible == 0 ? 0 : 100.0 * earned / possible);
    }

    private List<Question> draw(QuizDefinition quiz) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        for (int i = pool.size() - 1; i > 0; i--) {
            java.util.Collections.swap(pool, i, random.nextInt(i + 1));
        }
        int draw = quiz.draw() <= 0 ? pool.size() : Math.min(quiz.draw(), pool.size());
        return pool.subList(0, draw);
    }

    private String layout(QuizDefinition quiz) {
        return layout(quiz.questions(), false);
    }

    private String layout(List<Question> questions, boolean shuffle) {
        StringBuilder text = new StringBuilder();
        for (Question q : questions) {
            List<String> ids = new ArrayList<>(switch (q) {
                case Question.Choice c -> c.options().stream().map(Question.Option::id).toList();
                case Question.Matching m -> m.pairs().stream().map(Question.Pair::id).toList();
                case Question.Ordering o -> o.items().stream().map(Question.OrderItem::id).toList();
                default -> List.<String>of();
            });
            if (shuffle || q instanceof Question.Matching || q instanceof Question.Ordering) {
                java.util.Collections.shuffle(ids, new java.util.Random(random.nextLong()));
            }
            text.append(text.isEmpty() ? "" : "|").append(q.id()).append(':').append(String.join(",", ids));
        }
        return text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    /** The certificate issued on completion; a few were later re-issued (corrected data) or revoked. */
    private void certificate(Learner learner, CourseDefinition course, Instant completed) throws SQLException {
        CertificateSettings settings = course.certificate().orElse(new CertificateSettings(course.hours(), null, null));
        LocalDate completedOn = LocalDate.ofInstant(completed, BUCHAREST);
        LocalDate expires = settings.validityMonths() == null ? null : completedOn.plusMonths(settings.validityMonths());
        LocalDate today = LocalDate.ofInstant(now, BUCHAREST);
        String status = expires != null && expires.isBefore(today) ? "EXPIRED" : "VALID";
        Instant issued = completed.plusSeconds(2 + random.nextInt(30));
        String code = code();
        double u = random.nextDouble();
        if (u < 0.025 && status.equals("VALID")) {
            Instant reissued = issued.plus(Duration.ofDays(1 + random.nextInt(60)));
            if (reissued.isBefore(now)) {
                String next = code();
                certificateRow(learner, course, settings, code, 1, "SUPERSEDED", completedOn, expires, issued, null, null, next);
                certificateRow(learner, course, settings, next, 2, "VALID", completedOn, expires, reissued, null, null, null);
                return;
            }
        } else if (u < 0.03 && status.equals("VALID")) {
            Instant revoked = issued.plus(Duration.ofDays(1 + random.nextInt(90)));
            if (revoked.isBefore(now)) {
                certificateRow(learner, course, settings, code, 1, "REVOKED", completedOn, expires, issued, revoked,
                        "Emis din greșeală: identitatea titularului nu a putut fi confirmată", null);
                return;
            }
        }
        certificateRow(learner, course, settings, code, 1, status, completedOn, expires, issued, null, null, null);
    }

    private void certificateRow(Learner learner, CourseDefinition course, CertificateSettings settings, String code, int issue,
            String status, LocalDate completedOn, LocalDate expires, Instant issued, Instant revoked, String reason,
            String supersededBy) throws SQLException {
        sink.certificate().row(code, learner.id(), course.slug(), issue, status, learner.name(), learner.profession(),
                learner.county(), learner.institution(), learner.language(), course.title().ro(), course.title().en(),
                settings.hours(), completedOn, expires, settings.refresherCourse(), course.version(), "Programul Semnal",
                "Coordonator de program", issued, revoked, reason, supersededBy);
    }

    private String code() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (codes.add(code.toString())) {
                return code.toString();
            }
        }
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
