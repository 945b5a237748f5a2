package ro.semnal.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/** Quiz attempts with every answer given. Erasure keeps them anonymous, so pass rates keep their counts. */
@Component
class AssessmentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AssessmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(QuizAttempt.class, AttemptAnswer.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (Map<String, Object> row : Rows.of(jdbc, "select id, course_slug, quiz_slug, quiz_kind, content_version, "
                + "attempt_number, started_at, deadline_at, submitted_at, status, auto_submitted, score_percent, passed, "
                + "competencies from quiz_attempt where user_id = ? order by id", userId)) {
            Map<String, Object> attempt = new LinkedHashMap<>(row);
            attempt.put("answers", Rows.of(jdbc, "select question_id, answer, answered_at from attempt_answer "
                    + "where attempt_id = ? order by id", row.get("id")));
            attempts.add(attempt);
        }
        return Map.of("quiz-attempts", attempts);
    }

    @Override
    public void erase(Erasure erasure) {
        // Kept: answers are choices among the course's options, tied only to the account id erasure anonymises.
    }
}
