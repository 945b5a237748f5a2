-- Each node of the cluster records here when its scheduler last ran the heartbeat job.
CREATE TABLE node_heartbeat (
    node_id      VARCHAR(190) NOT NULL,
    first_seen   DATETIME(6) NOT NULL,
    last_seen    DATETIME(6) NOT NULL,
    beats        BIGINT       NOT NULL,
    PRIMARY KEY (node_id)
);
