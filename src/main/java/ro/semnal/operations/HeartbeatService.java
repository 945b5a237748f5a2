package ro.semnal.operations;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records that a node is alive; the heartbeat job calls it, administrators read it. */
@Service
@Transactional(readOnly = true)
public class HeartbeatService {

    private final NodeHeartbeatRepository heartbeats;
    private final Clock clock;

    HeartbeatService(NodeHeartbeatRepository heartbeats, Clock clock) {
        this.heartbeats = heartbeats;
        this.clock = clock;
    }

    /** Idempotent per node: one row per node, updated in place. */
    @Transactional
    public NodeStatus beat(String nodeId) {
        NodeHeartbeat heartbeat = heartbeats.findById(nodeId)
                .map(existing -> {
                    existing.beat(clock.instant());
                    return existing;
                })
                .orElseGet(() -> heartbeats.save(new NodeHeartbeat(nodeId, clock.instant())));
        return heartbeat.toStatus();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<NodeStatus> nodes() {
        return heartbeats.findAll(Sort.by(Sort.Direction.DESC, "lastSeen")).stream().map(NodeHeartbeat::toStatus).toList();
    }
}
