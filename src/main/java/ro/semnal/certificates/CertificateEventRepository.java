package ro.semnal.certificates;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateEventRepository extends JpaRepository<CertificateEvent, Long> {

    List<CertificateEvent> findByCertificateIdOrderByHappenedAt(long certificateId);
}
