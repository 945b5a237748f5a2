package ro.semnal.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInActivityRepository extends JpaRepository<SignInActivity, Long> {
}
