package ro.semnal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ro.semnal.assessment.QuestionScore.Points;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;

class GraderTest {

    private final Grader grader = new Grader();

    // ---- question builders ------------------------------------------------------------------------------

    private static Localized text(String value) {
        return new Localized(value, value);
    }

    private static Question.Option option(String id, boolean correct) {
        return new Question.Option(id, text(id), correct, null);
    }

    private static Question.Choice choice(QuestionType type, Question.Option... options) {
        return new Question.Choice("q-" + type.name().toLowerCase(), type, "identification", text("Question?"),
                List.of(options), text("Because."), "source");
    }

    /** Single choice: b is right. */
    private static Question.Choice single() {
        return choice(QuestionType.SINGLE, option("a", false), option("b", true), option("c", false));
    }

    /** Multiple choice: a and b are right, c and d wrong. */
    private static Question.Choice multiple() {
        return choice(QuestionType.MULTIPLE, option("a", true), option("b", true), option("c", false),
                option("d", false));
    }

    private static Question.Choice trueFalse() {
        return choice(QuestionType.TRUE_FALSE, option("true", true), option("false", false));
    }

    private static Question.Matching matching() {
        return new Question.Matching("q-matching", "referral", text("Match"),
                List.of(pair("p1"), pair("p2"), pair("p3"), pair("p4")), text("Because."), "source");
    }

    private static Question.Pair pair(String id) {
        return new Question.Pair(id, text("left " + id), text("right " + id));
    }

    private static Question.Ordering ordering() {
        return new Question.Ordering("q-ordering", "first-response", text("Order"),
                List.of(item("i1"), item("i2"), item("i3"), item("i4")), text("Because."), "source");
    }

    private static Question.OrderItem item(String id) {
        return new Question.OrderItem(id, text(id));
    }

    private static Question.StepChoice next(String id, int points, String competency, String next) {
        return new Question.StepChoice(id, text(id), points, competency, null, next, null);
    }

    private static Question.StepChoice end(String id, int points, String competency, boolean good) {
        return new Question.StepChoice(id, text(id), points, competency, null, null,
                new Question.Ending(good, text(good ? "good" : "bad")));
    }

    private static Question.Step step(String id, Question.StepChoice... choices) {
        return new Question.Step(id, text(id), List.of(choices));
    }

    /**
     * s1: a1 (+2 identification) to s2, a2 (0 identification) bad end, a3 (-1 first-response) to s2;
     * s2: b1 (+3 first-response) to s3, b2 (+1 first-response) bad end;
     * s3: c1 (+1 referral) good end, c2 (0 referral) bad end.
     * Best path a1, b1, c1 = 6 points: identification 2, first-response 3, referral 1.
     */
    private static Question.Scenario scenario() {
        return new Question.Scenario("q-scenario", "identification", text("Case"), text("Vignette"), "s1",
                List.of(step("s1", next("a1", 2, "identification", "s2"), end("a2", 0, "identification", false),
                        next("a3", -1, "first-response", "s2")),
                        step("s2", next("b1", 3, "first-response", "s3"), end("b2", 1, "first-response", false)),
                        step("s3", end("c1", 1, "referral", true), end("c2", 0, "referral", false))),
                text("Because."), "source");
    }

    private static Answer.Choice picks(String... ids) {
        return new Answer.Choice(Set.of(ids));
    }

    private static Answer.Scenario path(String... choiceIds) {
        return new Answer.Scenario(List.of(choiceIds));
    }

    // ---- single choice ----------------------------------------------------------------------------------

    @Test
    void single_choice_with_the_right_option_scores_one() {
        QuestionScore score = grader.grade(single(), picks("b"));

        assertThat(score.questionId()).isEqualTo("q-single");
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.fullyCorrect()).isTrue();
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(1, 1)));
    }

    @Test
    void single_choice_with_a_wrong_option_scores_zero() {
        QuestionScore score = grader.grade(single(), picks("a"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.fullyCorrect()).isFalse();
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(0, 1)));
    }

    @Test
    void single_choice_without_an_answer_scores_zero_and_is_not_answered() {
        QuestionScore score = grader.grade(single(), null);

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(0, 1)));
    }

    @Test
    void single_choice_with_an_empty_set_of_picks_is_not_answered() {
        QuestionScore score = grader.grade(single(), picks());

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(0, 1)));
    }

    @Test
    void single_choice_with_two_picks_including_the_right_one_scores_zero() {
        QuestionScore score = grader.grade(single(), picks("a", "b"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void single_choice_ignores_an_unknown_option_next_to_the_right_one() {
        assertThat(grader.grade(single(), picks("b", "zzz")).score()).isEqualTo(1.0);
    }

    @Test
    void an_answer_of_the_wrong_kind_counts_as_no_answer() {
        QuestionScore score = grader.grade(single(), new Answer.Ordering(List.of("b")));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
    }

    // ---- true / false -----------------------------------------------------------------------------------

    @Test
    void true_false_with_the_right_value_scores_one() {
        QuestionScore score = grader.grade(trueFalse(), picks("true"));

        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void true_false_with_the_wrong_value_scores_zero() {
        QuestionScore score = grader.grade(trueFalse(), picks("false"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void true_false_with_both_values_picked_scores_zero() {
        assertThat(grader.grade(trueFalse(), picks("true", "false")).score()).isEqualTo(0.0);
    }

    // ---- multiple choice --------------------------------------------------------------------------------

    @Test
    void multiple_choice_with_exactly_the_correct_set_scores_one() {
        QuestionScore score = grader.grade(multiple(), picks("a", "b"));

        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(1, 1)));
    }

    @Test
    void multiple_choice_with_one_of_two_right_options_scores_half() {
        QuestionScore score = grader.grade(multiple(), picks("a"));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(0.5, 1)));
    }

    @Test
    void multiple_choice_with_one_right_and_one_wrong_pick_scores_zero() {
        // 1/2 right - 1/2 wrong = 0
        assertThat(grader.grade(multiple(), picks("a", "c")).score()).isEqualTo(0.0);
    }

    @Test
    void multiple_choice_with_both_right_and_one_wrong_pick_scores_half() {
        // 2/2 right - 1/2 wrong = 0.5
        assertThat(grader.grade(multiple(), picks("a", "b", "c")).score()).isEqualTo(0.5);
    }

    @Test
    void multiple_choice_with_every_option_picked_scores_zero() {
        // 2/2 right - 2/2 wrong = 0
        assertThat(grader.grade(multiple(), picks("a", "b", "c", "d")).score()).isEqualTo(0.0);
    }

    @Test
    void multiple_choice_with_only_wrong_picks_never_goes_below_zero() {
        QuestionScore score = grader.grade(multiple(), picks("c", "d"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.competencies()).containsExactly(entry("identification", new Points(0, 1)));
    }

    @Test
    void multiple_choice_uses_the_number_of_correct_and_wrong_options_of_the_question() {
        // 1 correct of 3 options: right + one wrong = 1/1 - 1/2 = 0.5
        Question.Choice question = choice(QuestionType.MULTIPLE, option("a", true), option("b", false),
                option("c", false));

        assertThat(grader.grade(question, picks("a", "b")).score()).isEqualTo(0.5);
    }

    @Test
    void multiple_choice_with_no_wrong_options_has_no_penalty() {
        Question.Choice question = choice(QuestionType.MULTIPLE, option("a", true), option("b", true));

        assertThat(grader.grade(question, picks("b")).score()).isEqualTo(0.5);
        assertThat(grader.grade(question, picks("a", "b")).score()).isEqualTo(1.0);
    }

    @Test
    void multiple_choice_ignores_unknown_option_ids() {
        assertThat(grader.grade(multiple(), picks("a", "b", "zzz", "yyy")).score()).isEqualTo(1.0);
        assertThat(grader.grade(multiple(), picks("a", "zzz")).score()).isEqualTo(0.5);
    }

    @Test
    void multiple_choice_with_only_unknown_ids_is_answered_but_scores_zero() {
        QuestionScore score = grader.grade(multiple(), picks("zzz"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void multiple_choice_with_an_empty_set_is_not_answered() {
        QuestionScore score = grader.grade(multiple(), picks());

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
    }

    // ---- matching ---------------------------------------------------------------------------------------

    @Test
    void matching_with_every_pair_right_scores_one() {
        QuestionScore score = grader.grade(matching(),
                new Answer.Matching(Map.of("p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4")));

        assertThat(score.questionId()).isEqualTo("q-matching");
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(entry("referral", new Points(1, 1)));
    }

    @Test
    void matching_with_half_the_pairs_right_scores_half() {
        QuestionScore score = grader.grade(matching(),
                new Answer.Matching(Map.of("p1", "p1", "p2", "p2", "p3", "p4", "p4", "p3")));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.competencies()).containsExactly(entry("referral", new Points(0.5, 1)));
    }

    @Test
    void matching_counts_missing_left_items_as_wrong() {
        QuestionScore score = grader.grade(matching(), new Answer.Matching(Map.of("p3", "p3")));

        assertThat(score.score()).isEqualTo(0.25);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void matching_with_every_pair_wrong_scores_zero_but_is_answered() {
        QuestionScore score = grader.grade(matching(),
                new Answer.Matching(Map.of("p1", "p2", "p2", "p1", "p3", "p4", "p4", "p3")));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void matching_with_no_pairs_is_not_answered() {
        QuestionScore score = grader.grade(matching(), new Answer.Matching(Map.of()));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(entry("referral", new Points(0, 1)));
    }

    // ---- ordering ---------------------------------------------------------------------------------------

    @Test
    void ordering_with_every_item_in_place_scores_one() {
        QuestionScore score = grader.grade(ordering(), new Answer.Ordering(List.of("i1", "i2", "i3", "i4")));

        assertThat(score.questionId()).isEqualTo("q-ordering");
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(entry("first-response", new Points(1, 1)));
    }

    @Test
    void ordering_reversed_scores_zero() {
        QuestionScore score = grader.grade(ordering(), new Answer.Ordering(List.of("i4", "i3", "i2", "i1")));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void ordering_with_half_the_items_in_place_scores_half() {
        // i1 and i4 in place, i2 and i3 swapped
        QuestionScore score = grader.grade(ordering(), new Answer.Ordering(List.of("i1", "i3", "i2", "i4")));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.competencies()).containsExactly(entry("first-response", new Points(0.5, 1)));
    }

    @Test
    void ordering_with_a_shorter_list_counts_only_the_places_given() {
        assertThat(grader.grade(ordering(), new Answer.Ordering(List.of("i1", "i2", "i4"))).score())
                .isEqualTo(0.5);
    }

    @Test
    void ordering_with_no_items_is_not_answered() {
        QuestionScore score = grader.grade(ordering(), new Answer.Ordering(List.of()));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(entry("first-response", new Points(0, 1)));
    }

    // ---- scenario ---------------------------------------------------------------------------------------

    @Test
    void scenario_best_path_scores_one_with_every_competency_at_its_possible_points() {
        QuestionScore score = grader.grade(scenario(), path("a1", "b1", "c1"));

        assertThat(score.questionId()).isEqualTo("q-scenario");
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(3, 3)),
                entry("identification", new Points(2, 2)),
                entry("referral", new Points(1, 1)));
    }

    @Test
    void scenario_bad_path_ending_early_gets_its_share_of_the_best_points() {
        // a1 (+2) then b2 (+1, bad end): 3 of 6
        QuestionScore score = grader.grade(scenario(), path("a1", "b2"));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(1, 3)),
                entry("identification", new Points(2, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_path_ending_at_the_first_step_with_no_points_scores_zero() {
        QuestionScore score = grader.grade(scenario(), path("a2"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_path_with_a_choice_not_of_the_current_step_stops_there() {
        // a1 (+2), then c1 is not a choice of s2: the path stops, b1 and c1 do not count
        QuestionScore score = grader.grade(scenario(), path("a1", "c1", "b1", "c1"));

        assertThat(score.score()).isEqualTo(2.0 / 6.0);
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(2, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_path_with_an_unknown_choice_id_stops_there() {
        QuestionScore score = grader.grade(scenario(), path("a1", "b1", "zzz"));

        // 2 + 3 of 6
        assertThat(score.score()).isEqualTo(5.0 / 6.0);
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(3, 3)),
                entry("identification", new Points(2, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_path_starting_with_an_invalid_choice_scores_zero_but_is_answered() {
        QuestionScore score = grader.grade(scenario(), path("b1", "c1"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_choices_after_an_ending_are_ignored() {
        // b2 ends the path; c1 (+1 referral) must not count
        QuestionScore score = grader.grade(scenario(), path("a1", "b2", "c1"));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(1, 3)),
                entry("identification", new Points(2, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_negative_points_never_push_the_score_or_a_competency_below_zero() {
        // a3 (-1 first-response) and the path stops before s2 is answered: -1 of 6
        QuestionScore score = grader.grade(scenario(), path("a3"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_negative_points_are_subtracted_from_the_path_total() {
        // a3 (-1) + b1 (+3) + c1 (+1) = 3 of 6; first-response -1 + 3 = 2 of 3
        QuestionScore score = grader.grade(scenario(), path("a3", "b1", "c1"));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(2, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(1, 1)));
    }

    @Test
    void scenario_without_an_answer_scores_zero_and_reports_the_possible_points_per_competency() {
        QuestionScore score = grader.grade(scenario(), null);

        assertThat(score.questionId()).isEqualTo("q-scenario");
        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_with_an_empty_path_is_not_answered_and_reports_the_possible_points() {
        QuestionScore score = grader.grade(scenario(), path());

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
        assertThat(score.competencies()).containsExactly(
                entry("first-response", new Points(0, 3)),
                entry("identification", new Points(0, 2)),
                entry("referral", new Points(0, 1)));
    }

    @Test
    void scenario_without_points_scores_one_for_reaching_an_ending_and_zero_otherwise() {
        Question.Scenario noPoints = new Question.Scenario("q-flat", "identification", text("Case"),
                text("Vignette"), "s1",
                List.of(step("s1", next("x1", 0, "identification", "s2")),
                        step("s2", end("y1", 0, "identification", true))),
                text("Because."), "source");

        assertThat(grader.grade(noPoints, path("x1", "y1")).score()).isEqualTo(1.0);
        assertThat(grader.grade(noPoints, path("x1")).score()).isEqualTo(0.0);
        assertThat(grader.grade(noPoints, path("x1", "y1")).competencies())
                .containsExactly(entry("identification", new Points(0, 0)));
    }

    // ---- likert -----------------------------------------------------------------------------------------

    @Test
    void likert_scores_the_attitude_shown_from_0_to_1_and_counts_as_answered() {
        Question.Likert likert = new Question.Likert("q-likert", "attitude", text("I agree"), false);

        QuestionScore score = grader.grade(likert, new Answer.Likert(4));

        assertThat(score.questionId()).isEqualTo("q-likert");
        assertThat(score.score()).isEqualTo(0.75);
        assertThat(score.answered()).isTrue();
        assertThat(score.competencies()).isEmpty();
        assertThat(grader.grade(likert, new Answer.Likert(1)).score()).isEqualTo(0.0);
    }

    @Test
    void a_reverse_likert_statement_scores_disagreement() {
        Question.Likert myth = new Question.Likert("q-myth", "attitude", text("Victims could leave"), true);

        assertThat(grader.grade(myth, new Answer.Likert(1)).score()).isEqualTo(1.0);
        assertThat(grader.grade(myth, new Answer.Likert(2)).score()).isEqualTo(0.75);
        assertThat(grader.grade(myth, new Answer.Likert(5)).score()).isEqualTo(0.0);
    }

    @Test
    void likert_with_an_answer_of_another_kind_is_not_answered() {
        Question.Likert likert = new Question.Likert("q-likert", "attitude", text("I agree"), false);

        QuestionScore score = grader.grade(likert, picks("a"));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answered()).isFalse();
    }

    // ---- total ------------------------------------------------------------------------------------------

    @Test
    void total_averages_the_scores_to_a_percent() {
        QuizScore total = grader.total(List.of(
                new QuestionScore("q1", 1.0, true, Map.of()),
                new QuestionScore("q2", 0.5, true, Map.of()),
                new QuestionScore("q3", 0.0, false, Map.of()),
                new QuestionScore("q4", 0.5, true, Map.of())));

        assertThat(total.percent()).isEqualTo(50.0);
    }

    @Test
    void total_rounds_the_percent_to_two_decimals() {
        QuestionScore right = new QuestionScore("q1", 1.0, true, Map.of());
        QuestionScore wrong = new QuestionScore("q2", 0.0, true, Map.of());

        assertThat(grader.total(List.of(right, wrong, wrong)).percent()).isEqualTo(33.33);
        assertThat(grader.total(List.of(right, right, wrong)).percent()).isEqualTo(66.67);
        assertThat(grader.total(List.of(right, right, right)).percent()).isEqualTo(100.0);
    }

    @Test
    void total_sums_the_points_of_each_competency_across_questions() {
        QuizScore total = grader.total(List.of(
                grader.grade(single(), picks("b")),
                grader.grade(multiple(), picks("a")),
                grader.grade(matching(), null),
                grader.grade(scenario(), path("a1", "b2"))));

        // (1 + 0.5 + 0 + 0.5) / 4 = 50 %
        assertThat(total.percent()).isEqualTo(50.0);
        assertThat(total.competencies()).containsExactly(
                entry("first-response", new Points(1, 3)),
                entry("identification", new Points(1 + 0.5 + 2, 1 + 1 + 2)),
                entry("referral", new Points(0 + 0, 1 + 1)));
    }

    @Test
    void total_of_no_questions_is_zero() {
        QuizScore total = grader.total(List.of());

        assertThat(total.percent()).isEqualTo(0.0);
        assertThat(total.competencies()).isEmpty();
    }

    @Test
    void scenario_whose_only_path_loses_points_later_still_scores_one_for_taking_it() {
        Question.Scenario scenario = new Question.Scenario("forced", "identification", text("Case"), text("Vignette"), "s1",
                List.of(step("s1", next("a", 5, "identification", "s2")), step("s2", end("b", -3, "identification", true))),
                text("Why"), "WHO");

        QuestionScore score = new Grader().grade(scenario, path("a", "b"));

        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.competencies().get("identification")).isEqualTo(new QuestionScore.Points(2, 2));
    }
}
