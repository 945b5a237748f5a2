package ro.semnal.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemRef;

/**
 * A learner's view of one course: status, each current item's status by slug, the share of required items
 * done, the item to continue with, and the prerequisites still to complete.
 */
public record CourseProgress(CourseDefinition course, CourseStatus status, Map<String, ItemStatus> items,
        int percent, Optional<ItemRef> continueWith, List<String> missingPrerequisites) {

    public ItemStatus status(String itemSlug) {
        return items.getOrDefault(itemSlug, ItemStatus.NOT_STARTED);
    }
}
