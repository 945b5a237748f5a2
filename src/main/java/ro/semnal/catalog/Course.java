package ro.semnal.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The current version of an imported course, for queries; the content itself is in {@link CourseVersion}. */
@Entity
@Table(name = "course")
class Course {

    @Id
    @Column(length = 100)
    private String slug;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "title_ro", nullable = false, length = 300)
    private String titleRo;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Column(nullable = false, length = 300)
    private String professions;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Course() {
    }

    Course(String slug) {
        this.slug = slug;
    }

    void update(CourseDefinition definition, Instant now) {
        contentVersion = definition.version();
        titleRo = definition.title().ro();
        titleEn = definition.title().en();
        hours = definition.hours();
        professions = String.join(",", definition.professions().stream().map(Enum::name).sorted().toList());
        importedAt = now;
    }

    String slug() {
        return slug;
    }

    String contentVersion() {
        return contentVersion;
    }
}
