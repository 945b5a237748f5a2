package ro.semnal.notifications;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientEmailAndKindAndSubjectKeyAndOccurrence(String recipientEmail, String kind,
            String subjectKey, String occurrence);

    List<Notification> findAllByOrderByCreatedAtDesc(Pageable pageable);

    /**
     * Failed notifications whose back-off has passed, and pending ones recorded before {@code abandonedBefore}:
     * the node that recorded them stopped (a crash, kill -9) before handing them to the mail server.
     */
    @org.springframework.data.jpa.repository.Query("select n.id from Notification n where (n.status = "
            + "ro.semnal.notifications.NotificationStatus.FAILED and n.nextAttemptAt <= :now) or (n.status = "
            + "ro.semnal.notifications.NotificationStatus.PENDING and n.createdAt <= :abandonedBefore)")
    List<Long> findDueForRetry(@org.springframework.data.repository.query.Param("now") java.time.Instant now,
            @org.springframework.data.repository.query.Param("abandonedBefore") java.time.Instant abandonedBefore);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Notification n where n.createdAt < :before")
    int deleteCreatedBefore(@org.springframework.data.repository.query.Param("before") java.time.Instant before);
}
