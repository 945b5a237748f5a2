package ro.semnal.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findByCourseSlugAndContentVersion(String courseSlug, String contentVersion);

    boolean existsByCourseSlugAndContentVersion(String courseSlug, String contentVersion);
}
