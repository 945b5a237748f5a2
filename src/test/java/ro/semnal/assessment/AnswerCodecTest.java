package ro.semnal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ro.semnal.catalog.QuestionType;

class AnswerCodecTest {

    @Test
    void a_single_choice_answer_survives_a_round_trip() {
        Answer answer = new Answer.Choice(Set.of("b"));

        assertThat(AnswerCodec.encode(answer)).isEqualTo("b");
        assertThat(AnswerCodec.decode(QuestionType.SINGLE, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void a_multiple_choice_answer_survives_a_round_trip() {
        Answer answer = new Answer.Choice(Set.of("c", "a", "d"));

        assertThat(AnswerCodec.decode(QuestionType.MULTIPLE, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void a_true_false_answer_survives_a_round_trip() {
        Answer answer = new Answer.Choice(Set.of("false"));

        assertThat(AnswerCodec.decode(QuestionType.TRUE_FALSE, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void choices_are_encoded_sorted_whatever_the_order_they_were_picked_in() {
        String one = AnswerCodec.encode(new Answer.Choice(Set.of("opt-c", "opt-a", "opt-b")));
        String other = AnswerCodec.encode(new Answer.Choice(Set.of("opt-b", "opt-c", "opt-a")));

        assertThat(one).isEqualTo("opt-a,opt-b,opt-c");
        assertThat(other).isEqualTo(one);
    }

    @Test
    void a_matching_answer_survives_a_round_trip_with_pairs_sorted_by_left_item() {
        Answer answer = new Answer.Matching(Map.of("p3", "p1", "p1", "p2", "p2", "p3"));

        assertThat(AnswerCodec.encode(answer)).isEqualTo("p1=p2;p2=p3;p3=p1");
        assertThat(AnswerCodec.decode(QuestionType.MATCHING, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void an_ordering_answer_survives_a_round_trip_keeping_its_order() {
        Answer answer = new Answer.Ordering(List.of("i3", "i1", "i4", "i2"));

        assertThat(AnswerCodec.encode(answer)).isEqualTo("i3,i1,i4,i2");
        assertThat(AnswerCodec.decode(QuestionType.ORDERING, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void a_scenario_path_survives_a_round_trip_keeping_its_order() {
        Answer answer = new Answer.Scenario(List.of("call-police", "wait", "refer"));

        assertThat(AnswerCodec.encode(answer)).isEqualTo("call-police,wait,refer");
        assertThat(AnswerCodec.decode(QuestionType.SCENARIO, AnswerCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void a_likert_rating_survives_a_round_trip() {
        for (int value = 1; value <= 5; value++) {
            Answer answer = new Answer.Likert(value);

            assertThat(AnswerCodec.encode(answer)).isEqualTo(Integer.toString(value));
            assertThat(AnswerCodec.decode(QuestionType.LIKERT, AnswerCodec.encode(answer))).isEqualTo(answer);
        }
    }

    @Test
    void a_likert_rating_with_surrounding_spaces_is_read() {
        assertThat(AnswerCodec.decode(QuestionType.LIKERT, " 4 ")).isEqualTo(new Answer.Likert(4));
    }

    @Test
    void spaces_and_empty_entries_around_ids_are_dropped() {
        assertThat(AnswerCodec.decode(QuestionType.ORDERING, " i2 ,,i1 "))
                .isEqualTo(new Answer.Ordering(List.of("i2", "i1")));
    }

    @Test
    void empty_or_blank_text_decodes_to_an_empty_choice() {
        for (QuestionType type : List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE)) {
            assertThat(AnswerCodec.decode(type, "")).isEqualTo(new Answer.Choice(Set.of()));
            assertThat(AnswerCodec.decode(type, "   ")).isEqualTo(new Answer.Choice(Set.of()));
            assertThat(AnswerCodec.decode(type, null)).isEqualTo(new Answer.Choice(Set.of()));
        }
    }

    @Test
    void empty_or_blank_text_decodes_to_an_empty_matching() {
        assertThat(AnswerCodec.decode(QuestionType.MATCHING, "")).isEqualTo(new Answer.Matching(Map.of()));
        assertThat(AnswerCodec.decode(QuestionType.MATCHING, "   ")).isEqualTo(new Answer.Matching(Map.of()));
        assertThat(AnswerCodec.decode(QuestionType.MATCHING, null)).isEqualTo(new Answer.Matching(Map.of()));
    }

    @Test
    void empty_or_blank_text_decodes_to_an_empty_ordering() {
        assertThat(AnswerCodec.decode(QuestionType.ORDERING, "")).isEqualTo(new Answer.Ordering(List.of()));
        assertThat(AnswerCodec.decode(QuestionType.ORDERING, "  ")).isEqualTo(new Answer.Ordering(List.of()));
        assertThat(AnswerCodec.decode(QuestionType.ORDERING, null)).isEqualTo(new Answer.Ordering(List.of()));
    }

    @Test
    void empty_or_blank_text_decodes_to_an_empty_scenario_path() {
        assertThat(AnswerCodec.decode(QuestionType.SCENARIO, "")).isEqualTo(new Answer.Scenario(List.of()));
        assertThat(AnswerCodec.decode(QuestionType.SCENARIO, "  ")).isEqualTo(new Answer.Scenario(List.of()));
        assertThat(AnswerCodec.decode(QuestionType.SCENARIO, null)).isEqualTo(new Answer.Scenario(List.of()));
    }

    @Test
    void malformed_matching_pairs_are_skipped() {
        Answer decoded = AnswerCodec.decode(QuestionType.MATCHING, "p1=p2;garbage;;p3=p1");

        assertThat(decoded).isEqualTo(new Answer.Matching(Map.of("p1", "p2", "p3", "p1")));
    }

    @Test
    void a_likert_rating_outside_one_to_five_is_refused() {
        assertThatThrownBy(() -> AnswerCodec.decode(QuestionType.LIKERT, "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(QuestionType.LIKERT, "6"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(QuestionType.LIKERT, "-3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer.Likert(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_likert_rating_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> AnswerCodec.decode(QuestionType.LIKERT, "agree"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(QuestionType.LIKERT, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
