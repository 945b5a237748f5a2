package ro.semnal.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemProgressRepository extends JpaRepository<ItemProgress, Long> {

    List<ItemProgress> findByUserIdAndCourseSlug(long userId, String courseSlug);

    List<ItemProgress> findByUserId(long userId);

    Optional<ItemProgress> findByUserIdAndCourseSlugAndItemSlug(long userId, String courseSlug, String itemSlug);
}
