package ro.semnal.catalog;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An item of a course as last imported; a removed item stays, marked, so its history keeps meaning. */
@Entity
@Table(name = "course_item")
class CourseItem {

    @Embeddable
    record Key(@Column(name = "course_slug", length = 100) String courseSlug,
            @Column(name = "item_slug", length = 100) String itemSlug) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;

    @Column(name = "module_slug", nullable = false, length = 100)
    private String moduleSlug;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean removed;

    protected CourseItem() {
    }

    CourseItem(Key key) {
        this.key = key;
    }

    void update(ItemKind kind, String moduleSlug, int position, boolean required) {
        this.kind = kind;
        this.moduleSlug = moduleSlug;
        this.position = position;
        this.required = required;
        this.removed = false;
    }

    void markRemoved() {
        removed = true;
    }

    Key key() {
        return key;
    }
}
