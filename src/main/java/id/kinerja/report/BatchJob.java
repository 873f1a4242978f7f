package id.kinerja.report;

import id.kinerja.framework.Period;
import java.time.Instant;
import java.util.List;

/**
 * One batch of documents for the offices under a Kanwil as the database holds it at one moment (tables
 * {@code report_batch} and {@code report_batch_item}, kept by {@link ReportBatchService}): read on any node, after
 * any restart.
 */
public final class BatchJob {

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What happened to one office: its file in the zip, or why it has none. */
    public record OfficeResult(String code, String name, Outcome outcome, String entry, String reason) {}

    public enum Outcome {
        OK,
        SKIPPED,
        FAILED
    }

    /** The job at one moment. */
    public record Snapshot(
            String id,
            String unitCode,
            String unitName,
            ReportKind kind,
            int year,
            Period period,
            ReportFormat format,
            String startedBy,
            Instant createdAt,
            Instant finishedAt,
            State state,
            int total,
            int processed,
            List<OfficeResult> results,
            String error,
            long documentBytes) {
        public Snapshot {
            results = List.copyOf(results);
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }

        public long okCount() {
            return count(Outcome.OK);
        }

        public List<OfficeResult> problems() {
            return results.stream().filter(r -> r.outcome() != Outcome.OK).toList();
        }

        /** Progress in percent (0-100). */
        public int percent() {
            return total == 0 ? (finished() ? 100 : 0) : (int) (100L * processed / total);
        }

        public boolean downloadable() {
            return state == State.DONE;
        }
    }

    private final Snapshot snapshot;
    private final long starterUnitId;

    BatchJob(Snapshot snapshot, long starterUnitId) {
        this.snapshot = snapshot;
        this.starterUnitId = starterUnitId;
    }

    public String id() {
        return snapshot.id();
    }

    public String unitCode() {
        return snapshot.unitCode();
    }

    public String startedBy() {
        return snapshot.startedBy();
    }

    public long starterUnitId() {
        return starterUnitId;
    }

    public Snapshot snapshot() {
        return snapshot;
    }
}
