package ro.semnal.catalog;

import java.util.List;

/** An ordered group of a course's items. */
public record ModuleDefinition(String slug, Localized title, List<ItemRef> items) {
}
