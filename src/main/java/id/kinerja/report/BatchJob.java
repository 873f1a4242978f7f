package id.kinerja.report;

import id.kinerja.framework.Period;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of documents for the offices under a Kanwil, as it runs: kept in memory by {@link ReportBatchService}
 * (not across restarts). Read through {@link #snapshot()}, which is consistent at one moment.
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
            long zipBytes) {
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

    private final String id;
    private final String unitCode;
    private final String unitName;
    private final ReportKind kind;
    private final int year;
    private final Period period;
    private final ReportFormat format;
    private final String startedBy;
    private final long starterUnitId;
    private final Instant createdAt = Instant.now();
    private Instant finishedAt;
    private State state = State.QUEUED;
    private int total;
    private final List<OfficeResult> results = new ArrayList<>();
    private String error;
    private Path zip;
    private long zipBytes;

    BatchJob(
            String id,
            String unitCode,
            String unitName,
            ReportKind kind,
            int year,
            Period period,
            ReportFormat format,
            String startedBy,
            long starterUnitId) {
        this.id = id;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.kind = kind;
        this.year = year;
        this.period = period;
        this.format = format;
        this.startedBy = startedBy;
        this.starterUnitId = starterUnitId;
    }

    public String id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public String startedBy() {
        return startedBy;
    }

    public long starterUnitId() {
        return starterUnitId;
    }

    synchronized void running(int total) {
        this.state = State.RUNNING;
        this.total = total;
    }

    synchronized void add(OfficeResult result) {
        results.add(result);
    }

    synchronized void done(Path zip, long bytes) {
        this.zip = zip;
        this.zipBytes = bytes;
        this.state = State.DONE;
        this.finishedAt = Instant.now();
    }

    synchronized void failed(String error) {
        this.error = error;
        this.state = State.FAILED;
        this.finishedAt = Instant.now();
    }

    synchronized Path zip() {
        return zip;
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(
                id,
                unitCode,
                unitName,
                kind,
                year,
                period,
                format,
                startedBy,
                createdAt,
                finishedAt,
                state,
                total,
                results.size(),
                List.copyOf(results),
                error,
                zipBytes);
    }
}
