package ro.semnal.operations;

import java.time.Instant;

/** A node of the cluster as its heartbeats show it. */
public record NodeStatus(String nodeId, Instant firstSeen, Instant lastSeen, long beats) {
}
