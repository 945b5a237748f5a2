package ro.semnal.catalog;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One imported version of a course: all its files, zipped, exactly as validated. Never changed. */
@Entity
@Table(name = "course_version")
class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", length = 254)
    private String importedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    // the length makes MySQL/MariaDB dialects expect LONGBLOB, as the migration creates it
    @Column(name = "package", nullable = false, length = 1_000_000_000)
    private byte[] packageZip;

    protected CourseVersion() {
    }

    CourseVersion(String courseSlug, String contentVersion, Instant importedAt, String importedBy, byte[] packageZip) {
        this.courseSlug = courseSlug;
        this.contentVersion = contentVersion;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.packageZip = packageZip;
    }

    String courseSlug() {
        return courseSlug;
    }

    byte[] packageZip() {
        return packageZip;
    }
}
