package ro.semnal.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A learner's answer to one question, by the ids of options, pairs, items or scenario choices. */
public sealed interface Answer {

    /** Single choice, multiple choice, true/false: the options picked. */
    record Choice(Set<String> optionIds) implements Answer {
        public Choice {
            optionIds = Set.copyOf(optionIds);
        }
    }

    /** Matching: for each left item (by pair id), the pair id whose right item the learner chose. */
    record Matching(Map<String, String> leftToRight) implements Answer {
        public Matching {
            leftToRight = Map.copyOf(leftToRight);
        }
    }

    /** Ordering: the item ids in the order the learner put them. */
    record Ordering(List<String> itemIds) implements Answer {
        public Ordering {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Scenario: the choice ids taken, one per step, from the start step on. */
    record Scenario(List<String> choiceIds) implements Answer {
        public Scenario {
            choiceIds = List.copyOf(choiceIds);
        }
    }

    /** Attitude survey: agreement from 1 (strongly disagree) to 5 (strongly agree). */
    record Likert(int value) implements Answer {
        public Likert {
            if (value < 1 || value > 5) {
                throw new IllegalArgumentException("A rating is from 1 to 5");
            }
        }
    }
}
