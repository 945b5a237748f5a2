package ro.semnal.operations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When a node of the cluster last ran the heartbeat job, and how often it has. */
@Entity
@Table(name = "node_heartbeat")
class NodeHeartbeat {

    @Id
    @Column(name = "node_id", length = 190)
    private String nodeId;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(nullable = false)
    private long beats;

    protected NodeHeartbeat() {
    }

    NodeHeartbeat(String nodeId, Instant now) {
        this.nodeId = nodeId;
        this.firstSeen = now;
        this.lastSeen = now;
        this.beats = 1;
    }

    void beat(Instant now) {
        lastSeen = now;
        beats++;
    }

    NodeStatus toStatus() {
        return new NodeStatus(nodeId, firstSeen, lastSeen, beats);
    }
}
