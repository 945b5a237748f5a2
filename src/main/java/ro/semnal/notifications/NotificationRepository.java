package ro.semnal.notifications;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientEmailAndKindAndSubjectKeyAndOccurrence(String recipientEmail, String kind,
            String subjectKey, String occurrence);

    List<Notification> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
