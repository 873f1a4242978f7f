package id.kinerja.report;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilService;
import id.kinerja.kanwil.KanwilView;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch documents: one document per KPP office under a Kanwil (or headquarters), all in one zip, made in the
 * background (settings: {@link BatchProperties}; docs/architecture.md, "Batch jobs"). A batch and its offices are rows
 * of {@code report_batch} and {@code report_batch_item}; the work is one db-scheduler job (task
 * {@value #TASK}, the instance named by the batch's id) that any node may pick up. Each office's document is stored
 * with its outcome in one conditional update that only the first writer wins, so a batch whose node dies mid-way is
 * taken over by another node (db-scheduler revives it after the missed heartbeats) and goes on with the offices not yet
 * done: no document is lost or stored twice. At most {@code kinerja.batch.max-queued} batches may be unfinished in
 * the installation at once (beyond that a new one is refused with 503). An office without an agreement for the year
 * is skipped with the reason; an office whose document fails is listed with the error; neither fails the batch. A
 * finished batch and its documents are kept {@code kinerja.batch.keep-minutes}, then removed.
 */
@Service
public class ReportBatchService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBatchService.class);
    /** The formats a batch can be made in. */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.DOCX);

    /** The db-scheduler task that makes a batch's documents. */
    static final String TASK = "report-batch";

    static final TaskDescriptor<Void> DESCRIPTOR = TaskDescriptor.of(TASK);

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final KanwilService kanwil;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final BatchProperties batch;
    private final String node;
    private final SecureRandom random = new SecureRandom();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    ReportBatchService(
            ReportService reports,
            ReportRenderer renderer,
            KanwilService kanwil,
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<SchedulerClient> scheduler,
            BatchProperties batch) {
        this.reports = reports;
        this.renderer = renderer;
        this.kanwil = kanwil;
        this.jdbc = jdbc;
        this.tx = tx;
        this.scheduler = scheduler;
        this.batch = batch;
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** The kinds of document a batch can hold: every {@link ReportKind} (for the Kanwil page's form). */
    public List<ReportKind> kinds() {
        return Arrays.asList(ReportKind.values());
    }

    public List<ReportFormat> formats() {
        return FORMATS;
    }

    /** Whether a unit has offices to batch (a Kanwil or headquarters). */
    public boolean batchable(Unit unit) {
        return KanwilService.comparesOffices(unit);
    }

    /**
     * Queues a batch for the offices under {@code root} (the caller has checked that {@code me} may view it).
     *
     * @throws UserError 400 for a format other than PDF/DOCX, 503 when too many batches are unfinished
     */
    public BatchJob start(CurrentUser me, Unit root, ReportKind kind, int year, Period period, ReportFormat format) {
        removeExpired();
        if (!FORMATS.contains(format)) {
            throw UserError.invalid("batch.error.format");
        }
        if (year < 2000 || year > 2100) {
            throw UserError.invalid("batch.error.year", String.valueOf(year));
        }
        String id = HexFormat.of().formatHex(bytes());
        List<KanwilView.Office> offices = kanwil.offices(root);
        Boolean queued = tx.execute(s -> {
            // one batch queued at a time across the nodes, so that the limit holds
            jdbc.sql("lock table report_batch in share row exclusive mode").update();
            long unfinished = jdbc.sql("select count(*) from report_batch where finished_at is null")
                    .query(Long.class)
                    .single();
            if (unfinished >= batch.maxQueued()) {
                return false;
            }
            jdbc.sql("""
                            insert into report_batch (id, unit_code, unit_name, kind, year, period, format, started_by,
                                starter_unit_id, state)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED')""")
                    .params(
                            id,
                            root.code(),
                            root.name(),
                            kind.name(),
                            year,
                            kind == ReportKind.NKO ? period.name() : null,
                            format.name(),
                            me.username(),
                            me.unitId())
                    .update();
            int position = 0;
            for (KanwilView.Office office : offices) {
                jdbc.sql("insert into report_batch_item (batch_id, position, unit_code, unit_name) values (?, ?, ?, ?)")
                        .params(
                                id,
                                position++,
                                office.unit().code(),
                                office.unit().name())
                        .update();
            }
            return true;
        });
        if (!Boolean.TRUE.equals(queued)) {
            throw new UserError(HttpStatus.SERVICE_UNAVAILABLE, "batch.error.busy");
        }
        schedule(id);
        return find(id).orElseThrow();
    }

    private void schedule(String id) {
        scheduler.getObject().scheduleIfNotExists(DESCRIPTOR.instance(id).scheduledTo(Instant.now()));
    }

    /**
     * Queues again the unfinished batches that have no job (the node that queued one stopped between storing it and
     * handing it to the scheduler); a batch whose job exists is left to it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void scheduleUnfinished() {
        jdbc.sql("select id from report_batch where finished_at is null")
                .query(String.class)
                .list()
                .forEach(this::schedule);
    }

    private byte[] bytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    private record BatchRow(
            String id,
            String unitCode,
            String unitName,
            String kind,
            int year,
            String period,
            String format,
            String startedBy,
            long starterUnitId,
            Timestamp createdAt,
            Timestamp finishedAt,
            String state,
            String error) {}

    private record ItemRow(
            int position, String unitCode, String unitName, String outcome, String entry, String reason) {}

    /** A batch by id while it is kept. */
    public Optional<BatchJob> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<BatchRow> row = jdbc.sql("""
                        select id, unit_code, unit_name, kind, year, period, format, started_by, starter_unit_id,
                            created_at, finished_at, state, error
                        from report_batch where id = ?""").param(id).query(BatchRow.class).optional();
        return row.map(this::job);
    }

    private BatchJob job(BatchRow b) {
        int total = jdbc.sql("select count(*) from report_batch_item where batch_id = ?")
                .param(b.id())
                .query(Integer.class)
                .single();
        List<BatchJob.OfficeResult> results = jdbc.sql("""
                        select position, unit_code, unit_name, outcome, entry, reason from report_batch_item
                        where batch_id = ? and outcome is not null order by position""").param(b.id()).query(ItemRow.class).list().stream()
                .map(i -> new BatchJob.OfficeResult(
                        i.unitCode(), i.unitName(), BatchJob.Outcome.valueOf(i.outcome()), i.entry(), i.reason()))
                .toList();
        long bytes = jdbc.sql("select coalesce(sum(length(document)), 0) from report_batch_item where batch_id = ?")
                .param(b.id())
                .query(Long.class)
                .single();
        BatchJob.Snapshot s = new BatchJob.Snapshot(
                b.id(),
                b.unitCode(),
                b.unitName(),
                ReportKind.valueOf(b.kind()),
                b.year(),
                b.period() == null ? null : Period.valueOf(b.period()),
                ReportFormat.valueOf(b.format()),
                b.startedBy(),
                b.createdAt().toInstant(),
                b.finishedAt() == null ? null : b.finishedAt().toInstant(),
                BatchJob.State.valueOf(b.state()),
                total,
                results.size(),
                results,
                b.error(),
                bytes);
        return new BatchJob(s, b.starterUnitId());
    }

    /**
     * Whether {@code me} may follow and download the job: the one who started it, or an account of the same unit
     * as the starter (the caller has checked that {@code me} may view the job's unit).
     */
    public static boolean mayFollow(CurrentUser me, BatchJob job) {
        return job.startedBy().equals(me.username()) || job.starterUnitId() == me.unitId();
    }

    /** Writes the finished batch's zip to {@code out}: the stored documents in office order, one at a time. */
    public void copyZip(BatchJob job, OutputStream out) throws IOException {
        if (!job.snapshot().downloadable()) {
            throw new IllegalStateException("batch not finished");
        }
        List<ItemRow> done = jdbc.sql("""
                        select position, unit_code, unit_name, outcome, entry, reason from report_batch_item
                        where batch_id = ? and outcome = 'OK' order by position""").param(job.id()).query(ItemRow.class).list();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (ItemRow item : done) {
            byte[] document = jdbc.sql("select document from report_batch_item where batch_id = ? and position = ?")
                    .params(job.id(), item.position())
                    .query(byte[].class)
                    .single();
            zip.putNextEntry(new ZipEntry(item.entry()));
            zip.write(document);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The zip's file name: {@code NKO-KANWIL-NUSRA-2024-Y.zip}. */
    public static String fileName(BatchJob.Snapshot s) {
        return s.kind().name() + "-" + s.unitCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + s.year()
                + (s.period() == null ? "" : "-" + s.period().name()) + ".zip";
    }

    /**
     * Makes the documents of a batch that are not made yet (the job's work, on whichever node picked it): each one
     * stored with its outcome by an update that only succeeds while the office has none, then the batch is DONE. A
     * node that stops mid-way leaves the rest to the node that revives the job.
     */
    void run(String id) {
        Optional<BatchRow> row = jdbc.sql("""
                        select id, unit_code, unit_name, kind, year, period, format, started_by, starter_unit_id,
                            created_at, finished_at, state, error
                        from report_batch where id = ?""").param(id).query(BatchRow.class).optional();
        if (row.isEmpty() || row.get().finishedAt() != null) {
            return; // removed or already finished: nothing to do
        }
        BatchRow b = row.get();
        jdbc.sql("""
                        update report_batch set state = 'RUNNING', started_at = coalesce(started_at, now()),
                            attempts = attempts + 1 where id = ?""").param(id).update();
        ReportKind kind = ReportKind.valueOf(b.kind());
        ReportFormat format = ReportFormat.valueOf(b.format());
        Period period = b.period() == null ? Period.Y : Period.valueOf(b.period());
        List<ItemRow> open = jdbc.sql("""
                        select position, unit_code, unit_name, outcome, entry, reason from report_batch_item
                        where batch_id = ? and outcome is null order by position""").param(id).query(ItemRow.class).list();
        for (ItemRow item : open) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.info("Batch {}: stopped after the office before {}; another node goes on", id, item.unitCode());
                return;
            }
            make(id, item, kind, year(b), period, format);
        }
        jdbc.sql("update report_batch set state = 'DONE', finished_at = now() where id = ? and finished_at is null")
                .param(id)
                .update();
    }

    private static int year(BatchRow b) {
        return b.year();
    }

    private void make(String id, ItemRow item, ReportKind kind, int year, Period period, ReportFormat format) {
        String entry = item.unitCode().replaceAll("[^A-Za-z0-9_-]", "_") + "." + format.extension();
        long cpu = threads.getCurrentThreadCpuTime();
        String outcome;
        String reason = null;
        byte[] document = null;
        try {
            document = renderer.render(reports.document(kind, item.unitCode(), year, period), format);
            outcome = BatchJob.Outcome.OK.name();
        } catch (ReportNotFoundException e) {
            outcome = BatchJob.Outcome.SKIPPED.name();
            reason = e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("Batch {}: document of {} failed", id, item.unitCode(), e);
            outcome = BatchJob.Outcome.FAILED.name();
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        long cpuMillis = Math.max(0, threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        int stored = jdbc.sql("""
                        update report_batch_item set outcome = ?, entry = ?, reason = ?, document = ?, made_by = ?,
                            made_at = now(), cpu_millis = ?
                        where batch_id = ? and position = ? and outcome is null""")
                .params(
                        outcome,
                        document == null ? null : entry,
                        reason,
                        document,
                        node,
                        cpuMillis,
                        id,
                        item.position())
                .update();
        if (stored == 0) {
            LOG.info("Batch {}: the document of {} was already stored by another node", id, item.unitCode());
        }
    }

    /** Marks a batch FAILED whose job failed again and again (the database or the renderer unavailable). */
    void failed(String id, Throwable cause) {
        String error = cause == null || cause.getMessage() == null ? "?" : cause.getMessage();
        jdbc.sql("""
                        update report_batch set state = 'FAILED', error = ?, finished_at = now()
                        where id = ? and finished_at is null""").params(error, id).update();
    }

    /** Removes batches finished longer ago than the keeping time, with their documents. */
    void removeExpired() {
        Instant limit = Instant.now().minus(Duration.ofMinutes(batch.keepMinutes()));
        jdbc.sql("delete from report_batch where finished_at < ?")
                .param(Timestamp.from(limit))
                .update();
    }
}
