package ro.semnal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SchedulingIT {

    @Autowired
    Scheduler scheduler;
    @Autowired
    HeartbeatService heartbeats;
    @Autowired
    NodeHeartbeatRepository repository;
    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;

    @Test
    void flyway_applied_every_migration_including_the_quartz_tables() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2", "3");
        Integer locks = new JdbcTemplate(dataSource).queryForObject("select count(*) from QRTZ_SCHEDULER_STATE",
                Integer.class);
        assertThat(locks).isPositive();
    }

    @Test
    void quartz_runs_clustered_on_the_jdbc_job_store_of_the_application_database() throws Exception {
        SchedulerMetaData meta = scheduler.getMetaData();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        assertThat(meta.isJobStoreClustered()).isTrue();
        assertThat(meta.getJobStoreClass().getName()).contains("LocalDataSourceJobStore");
        assertThat(scheduler.checkExists(JobKey.jobKey(SchedulingConfig.HEARTBEAT, "operations"))).isTrue();
    }

    @Test
    void the_heartbeat_job_records_the_node_that_ran_it() throws Exception {
        String node = scheduler.getSchedulerInstanceId();
        long before = repository.findById(node).map(h -> h.toStatus().beats()).orElse(0L);

        scheduler.triggerJob(JobKey.jobKey(SchedulingConfig.HEARTBEAT, "operations"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Optional<NodeStatus> status = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            status = repository.findById(node).map(NodeHeartbeat::toStatus).filter(s -> s.beats() > before);
            if (status.isPresent()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status).as("heartbeat of node %s within 30 s", node).isPresent();
    }

    @Test
    void a_beat_updates_the_node_row_instead_of_adding_one() {
        String node = "test-node-" + System.nanoTime();
        heartbeats.beat(node);
        NodeStatus second = heartbeats.beat(node);
        assertThat(second.beats()).isEqualTo(2);
        assertThat(repository.findAll()).filteredOn(h -> h.toStatus().nodeId().equals(node)).hasSize(1);
    }
}
