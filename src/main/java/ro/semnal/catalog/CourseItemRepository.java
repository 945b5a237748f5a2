package ro.semnal.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseItemRepository extends JpaRepository<CourseItem, CourseItem.Key> {

    List<CourseItem> findByKeyCourseSlug(String courseSlug);
}
