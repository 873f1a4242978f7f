package id.kinerja.report;

import id.kinerja.account.CurrentUser;
import id.kinerja.database.DatabaseProperties;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilService;
import id.kinerja.kanwil.KanwilView;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Batch documents: one document per KPP office under a Kanwil (or headquarters), all in one zip, made in the
 * background (settings: {@link BatchProperties}). One executor for the whole application runs at most
 * {@code kinerja.batch.max-running} jobs at once (default 2; the documents are CPU-bound and the server has few
 * cores) and queues at most
 * {@code kinerja.batch.max-queued} more (default 8; beyond that a new job is refused with 503). Each office's
 * document is rendered and written straight into a zip file in the application's temporary directory
 * ({@code kinerja.temp-dir}/batch/{pid}), so a big batch never sits in memory; what a server that was killed left there
 * is removed at the next start. Jobs live in memory only: a finished job and its zip are kept {@code kinerja.batch.keep-minutes}
 * (default 30) and then removed; a restart forgets them. An office without an agreement for the year is skipped
 * with the reason; an office whose document fails is listed with the error; neither fails the batch.
 */
@Service
public class ReportBatchService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBatchService.class);
    /** The formats a batch can be made in. */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.DOCX);

    private static final String PREFIX = "kinerja-batch-";

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final KanwilService kanwil;
    private final ThreadPoolExecutor executor;
    private final Duration keep;
    /** Where this server writes its zips: {@code kinerja.temp-dir}/batch/{pid} ({@link #removeLeftovers}). */
    private final Path directory;

    private final Map<String, BatchJob> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    ReportBatchService(
            ReportService reports,
            ReportRenderer renderer,
            KanwilService kanwil,
            BatchProperties batch,
            DatabaseProperties files) {
        this.reports = reports;
        this.renderer = renderer;
        this.kanwil = kanwil;
        this.keep = Duration.ofMinutes(batch.keepMinutes());
        int maxRunning = batch.maxRunning();
        Path batchRoot = files.tempDirectory().resolve("batch");
        long pid = ProcessHandle.current().pid();
        try {
            Files.createDirectories(batchRoot);
            removeLeftovers(
                    batchRoot,
                    pid,
                    ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH));
            this.directory = Files.createDirectories(batchRoot.resolve(Long.toString(pid)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the batch directory in " + batchRoot, e);
        }
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                maxRunning,
                maxRunning,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, batch.maxQueued())),
                r -> {
                    Thread t = new Thread(r, "report-batch-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.executor.allowCoreThreadTimeOut(true);
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
     * Starts a batch for the offices under {@code root} (the caller has checked that {@code me} may view it).
     *
     * @throws UserError 400 for a format other than PDF/DOCX, 503 when the queue is full
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
        BatchJob job = new BatchJob(
                id,
                root.code(),
                root.name(),
                kind,
                year,
                kind == ReportKind.NKO ? period : null,
                format,
                me.username(),
                me.unitId());
        List<KanwilView.Office> offices = kanwil.offices(root);
        jobs.put(id, job);
        try {
            executor.execute(() -> run(job, offices));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new UserError(HttpStatus.SERVICE_UNAVAILABLE, "batch.error.busy");
        }
        return job;
    }

    private byte[] bytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    /** A job by id while it is kept. */
    public Optional<BatchJob> find(String id) {
        removeExpired();
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /**
     * Whether {@code me} may follow and download the job: the one who started it, or an account of the same unit
     * as the starter (the caller has checked that {@code me} may view the job's unit).
     */
    public static boolean mayFollow(CurrentUser me, BatchJob job) {
        return job.startedBy().equals(me.username()) || job.starterUnitId() == me.unitId();
    }

    /** Copies the finished zip to {@code out}. */
    public void copyZip(BatchJob job, OutputStream out) throws IOException {
        Path zip = job.zip();
        if (zip == null) {
            throw new IllegalStateException("batch not finished");
        }
        try (InputStream in = Files.newInputStream(zip)) {
            in.transferTo(out);
        }
    }

    /** The zip's file name: {@code NKO-KANWIL-NUSRA-2024-Y.zip}. */
    public static String fileName(BatchJob.Snapshot s) {
        return s.kind().name() + "-" + s.unitCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + s.year()
                + (s.period() == null ? "" : "-" + s.period().name()) + ".zip";
    }

    private void run(BatchJob job, List<KanwilView.Office> offices) {
        BatchJob.Snapshot s = job.snapshot();
        job.running(offices.size());
        Path zip = null;
        try {
            zip = Files.createTempFile(directory, PREFIX, ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (KanwilView.Office office : offices) {
                    Unit unit = office.unit();
                    String entry = unit.code().replaceAll("[^A-Za-z0-9_-]", "_") + "."
                            + s.format().extension();
                    try {
                        ReportDocument document = reports.document(
                                s.kind(), unit.code(), s.year(), s.period() == null ? Period.Y : s.period());
                        byte[] bytes = renderer.render(document, s.format());
                        out.putNextEntry(new ZipEntry(entry));
                        out.write(bytes);
                        out.closeEntry();
                        job.add(new BatchJob.OfficeResult(unit.code(), unit.name(), BatchJob.Outcome.OK, entry, null));
                    } catch (ReportNotFoundException e) {
                        job.add(new BatchJob.OfficeResult(
                                unit.code(), unit.name(), BatchJob.Outcome.SKIPPED, null, e.getMessage()));
                    } catch (RuntimeException e) {
                        LOG.warn("Batch {}: document of {} failed", job.id(), unit.code(), e);
                        job.add(new BatchJob.OfficeResult(
                                unit.code(),
                                unit.name(),
                                BatchJob.Outcome.FAILED,
                                null,
                                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    }
                }
            }
            job.done(zip, Files.size(zip));
        } catch (IOException | RuntimeException e) {
            LOG.error("Batch {} failed", job.id(), e);
            delete(zip);
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The directory the zips are written to. */
    Path directory() {
        return directory;
    }

    /**
     * Deletes what batch jobs of servers that no longer run left in {@code kinerja.temp-dir}/batch: each server
     * writes its zips into its own folder named by its process id, so a batch killed mid-way (a crash,
     * {@code kill -9}) leaves its partial zip in a folder whose process is gone, and nothing else would ever remove
     * it. The folders of servers still running (several may share the directory) stay.
     */
    static void removeLeftovers(Path batchRoot, long ownPid, Instant ownStart) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(batchRoot)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                long pid = name.matches("\\d{1,19}") ? Long.parseLong(name) : -1;
                if (!Files.isDirectory(folder) || pid < 0) {
                    continue;
                }
                // a folder with this process's id is another context of this very server, or left by an earlier
                // process that had the same id: only files older than this process are leftovers
                boolean own = pid == ownPid;
                if (!own && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .filter(f -> !own || (!f.equals(folder) && modifiedBefore(f, ownStart)))
                            .forEach(f -> {
                                LOG.info("Removing the leftover batch file {}", f);
                                delete(f);
                            });
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not sweep {}", batchRoot, e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets jobs finished longer ago than the keeping time, deleting their zips. */
    void removeExpired() {
        Instant limit = Instant.now().minus(keep);
        jobs.values().removeIf(job -> {
            Instant finished = job.finishedAt();
            if (finished != null && finished.isBefore(limit)) {
                delete(job.zip());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path zip) {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", zip, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        jobs.values().forEach(job -> delete(job.zip()));
        jobs.clear();
    }
}
