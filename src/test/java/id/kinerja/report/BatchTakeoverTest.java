package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch whose node died mid-way (its db-scheduler execution picked by a node whose heartbeat stopped, one office's
 * document already stored by it) is revived by this node after the missed heartbeats and finished: the office the
 * dead node stored keeps its document (not made again), the others are made once each, and the batch is DONE.
 */
@SpringBootTest(properties = {"kinerja.jobs.heartbeat-interval=200ms", "kinerja.jobs.missed-heartbeats=4"})
class BatchTakeoverTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportBatchService batches;

    @Test
    void aDeadNodesBatchIsFinishedHereWithoutMakingADocumentTwice() {
        String id = "takeover-" + System.nanoTime();
        long starterUnit = jdbc.sql("select id from unit where code = 'KANWIL-NUSRA'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into report_batch (id, unit_code, unit_name, kind, year, period, format, started_by,
                            starter_unit_id, state, started_at, attempts)
                        values (?, 'KANWIL-NUSRA', 'Kanwil DJP Nusa Tenggara', 'NKO', 2024, 'Y', 'PDF',
                            'nusra.reviewer', ?, 'RUNNING', now() - interval '10 minutes', 1)""").params(id, starterUnit).update();
        byte[] storedByTheDeadNode = "%PDF-stored-by-node-A".getBytes();
        jdbc.sql("""
                        insert into report_batch_item (batch_id, position, unit_code, unit_name, outcome, entry,
                            document, made_by, made_at)
                        values (?, 0, 'KPP-KUPANG', 'KPP Pratama Kupang', 'OK', 'KPP-KUPANG.pdf', ?, 'node-A',
                            now() - interval '9 minutes')""").params(id, storedByTheDeadNode).update();
        for (int position = 1; position <= 2; position++) {
            jdbc.sql("""
                            insert into report_batch_item (batch_id, position, unit_code, unit_name)
                            values (?, ?, 'KPP-KUPANG', 'KPP Pratama Kupang')""").params(id, position).update();
        }
        // the execution as node A left it: picked, its last heartbeat long ago
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                            last_heartbeat, version)
                        values (?, ?, now() - interval '10 minutes', true, 'node-A', now() - interval '5 minutes', 1)""").params(ReportBatchService.TASK, id).update();

        BatchJob.Snapshot done = await("the batch finished on this node")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> batches.find(id).orElseThrow().snapshot(), BatchJob.Snapshot::finished);

        assertThat(done.state()).isEqualTo(BatchJob.State.DONE);
        assertThat(done.processed()).isEqualTo(3);
        List<Map<String, Object>> items = jdbc.sql(
                        "select position, made_by, document from report_batch_item where batch_id = ? order by position")
                .param(id)
                .query()
                .listOfRows();
        assertThat(items.get(0).get("made_by")).isEqualTo("node-A");
        assertThat((byte[]) items.get(0).get("document")).isEqualTo(storedByTheDeadNode);
        for (Map<String, Object> item : items.subList(1, 3)) {
            assertThat(item.get("made_by")).isNotEqualTo("node-A");
            assertThat(new String((byte[]) item.get("document"), 0, 5)).isEqualTo("%PDF-");
        }
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the one-time job is gone once done")
                .isZero();
    }
}
