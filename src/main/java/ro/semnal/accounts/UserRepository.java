package ro.semnal.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from User u join u.roles r where r = :role")
    boolean existsByRole(@Param("role") Role role);

    @Query("""
            select u from User u
            where :text = '' or lower(u.fullName) like :pattern or u.email like :pattern
            """)
    Page<User> search(@Param("text") String text, @Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(u) from User u
            where :text = '' or lower(u.fullName) like :pattern or u.email like :pattern
            """)
    long countSearch(@Param("text") String text, @Param("pattern") String pattern);
}
