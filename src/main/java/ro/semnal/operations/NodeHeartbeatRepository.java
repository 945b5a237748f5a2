package ro.semnal.operations;

import org.springframework.data.jpa.repository.JpaRepository;

interface NodeHeartbeatRepository extends JpaRepository<NodeHeartbeat, String> {
}
