package id.kinerja.exchange;

import id.kinerja.exchange.internal.ImportBatchRepository;
import id.kinerja.exchange.internal.ImportBatchRepository.ImportBatch;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.web.NumberParser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import as a service, for the web pages, the command line and (later) the REST API:
 * <ul>
 *   <li>{@link #plan}: parse, validate, plan; writes nothing (the dry run);</li>
 *   <li>{@link #preview}: the same, and keeps the file and its plan in {@code import_batch} for a confirmation;</li>
 *   <li>{@link #apply}: re-plans the kept file in one transaction and writes it only when the plan equals the one
 *       previewed (the data did not change meanwhile), by the account that uploaded it, within
 *       {@link #BATCH_LIFETIME};</li>
 *   <li>{@link #importNow}: plan and apply at once (the command line without {@code --dry-run}).</li>
 * </ul>
 * A refused file throws {@link ImportRejectedException} with every problem; nothing is written for it.
 */
@Service
public class ImportService {

    public static final Duration BATCH_LIFETIME = Duration.ofHours(2);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportPlanner planner;
    private final ImportApplier applier;
    private final ImportBatchRepository batches;
    private final Units units;
    private final MessageSource messages;

    ImportService(
            ImportPlanner planner,
            ImportApplier applier,
            ImportBatchRepository batches,
            Units units,
            MessageSource messages) {
        this.planner = planner;
        this.applier = applier;
        this.batches = batches;
        this.units = units;
        this.messages = messages;
    }

    /** A stored, previewed plan. */
    public record Preview(long batchId, ImportPlan plan) {}

    /** The plan of a file; nothing is written (dry run). */
    @Transactional(readOnly = true)
    public ImportPlan plan(byte[] file, String fileName, ImportActor actor) {
        return planned(file, fileName, actor).plan();
    }

    private ImportPlanner.Planned planned(byte[] file, String fileName, ImportActor actor) {
        return planned(file, fileName, actor, texts());
    }

    private ImportPlanner.Planned planned(byte[] file, String fileName, ImportActor actor, ImportTexts texts) {
        ParsedWorkbook wb = WorkbookReader.read(file, texts);
        return planner.plan(wb, cleanName(fileName), sha256(file), actor, texts);
    }

    /** 404 for an import batch that does not exist (or not on this unit), in the current user's language. */
    ResponseStatusException unknownBatch(long batchId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, texts().get("import.error.unknownBatch", batchId));
    }

    /** A problem with the whole upload in the current user's language (no file chosen). */
    ImportProblem fileProblem(String key, Object... args) {
        return texts().file(key, args);
    }

    /** The texts in the current user's language. */
    private ImportTexts texts() {
        return new ImportTexts(messages, NumberParser.userLocale());
    }

    /** The texts in the language a plan was made in (the current user's for a plan without one). */
    private ImportTexts texts(ImportPlan plan) {
        return plan.language() == null
                ? texts()
                : new ImportTexts(messages, java.util.Locale.forLanguageTag(plan.language()));
    }

    /**
     * The plan as plain text in the language it was made in (the command line and the API): the file, unit and year,
     * the counts per sheet, and every flag, implausible value and note.
     */
    public String summary(ImportPlan plan) {
        ImportTexts texts = texts(plan);
        StringBuilder b = new StringBuilder();
        b.append(texts.get(
                        "import.summary.file",
                        plan.fileName(),
                        plan.sha256().substring(0, 12),
                        plan.unitCode(),
                        String.valueOf(plan.year())))
                .append('\n');
        for (ImportPlan.SheetPlan s : plan.sheets()) {
            b.append(String.format(
                    "  %-20s %s%n",
                    s.sheet(), texts.get("import.summary.sheet", s.added(), s.changed(), s.unchanged())));
        }
        if (plan.nothingToChange()) {
            b.append(texts.get("import.summary.nothing")).append('\n');
        }
        for (ImportPlan.IndexFlag f : plan.flags()) {
            b.append(texts.get("import.summary.flag", texts.get("exchange.flag.row", f.row()), f.explanation()))
                    .append('\n');
        }
        for (ImportPlan.ImplausibleValue v : plan.implausible()) {
            b.append(texts.get("import.summary.implausible", texts.get("exchange.flag.row", v.row()), v.explanation()))
                    .append('\n');
        }
        for (String n : plan.notes()) {
            b.append(texts.get("import.summary.note", n)).append('\n');
        }
        return b.toString();
    }

    /**
     * The plan of a file uploaded on a unit's page: the workbook's unit must be that unit or lie under it (or be
     * created under it by the workbook). Keeps the file for {@link #apply} when there is something to change.
     */
    @Transactional
    public Preview preview(byte[] file, String fileName, Unit pageUnit, ImportActor actor) {
        ImportPlan plan = planned(file, fileName, actor).plan();
        Unit workbookUnit = units.findByCode(plan.unitCode()).orElse(null);
        boolean underPage = workbookUnit != null
                ? isWithin(workbookUnit.id(), pageUnit.id())
                : plan.sheets().stream()
                        .filter(s -> s.sheet().equals(WorkbookLayout.UNITS))
                        .flatMap(s -> s.rows().stream())
                        .anyMatch(r -> r.key().equals(plan.unitCode()));
        if (!underPage) {
            throw new ImportRejectedException(List.of(texts().problem(
                            WorkbookLayout.GUIDE,
                            null,
                            "B",
                            WorkbookLayout.GUIDE_UNIT,
                            "import.error.otherUnit",
                            plan.unitCode(),
                            pageUnit.code())));
        }
        if (plan.nothingToChange()) {
            return new Preview(0, plan);
        }
        long id = batches.insertPreviewed(
                plan.fileName(),
                plan.sha256(),
                file,
                pageUnit.id(),
                plan.year(),
                JSON.writeValueAsString(plan),
                actor.username());
        return new Preview(id, plan);
    }

    private boolean isWithin(long unitId, long ancestorId) {
        return units.isWithin(unitId, ancestorId);
    }

    /** The unit a kept batch was uploaded on (for the access check before anything else), or 404. */
    @Transactional(readOnly = true)
    public long batchUnit(long batchId) {
        return batches.unitOf(batchId).orElseThrow(() -> unknownBatch(batchId));
    }

    /**
     * Applies a previewed batch exactly as previewed, in one transaction.
     *
     * @throws ImportRejectedException when it was applied already, expired, belongs to someone else, or the data
     *                                 (or the rights) changed since the preview
     */
    @Transactional
    public ImportPlan apply(long batchId, ImportActor actor) {
        return apply(batchId, actor, false);
    }

    /**
     * {@link #apply(long, ImportActor)}; {@code confirmed} is the explicit confirmation of the implausible values the
     * preview flagged ({@link ImportPlan#needsConfirmation()}); without it such a plan is refused and nothing is
     * written.
     */
    @Transactional
    public ImportPlan apply(long batchId, ImportActor actor, boolean confirmed) {
        ImportBatch batch = batches.lock(batchId).orElseThrow(() -> unknownBatch(batchId));
        if (!actor.username().equals(batch.createdBy())) {
            throw rejected("import.error.otherAccount");
        }
        if (!"PREVIEWED".equals(batch.status())) {
            throw rejected("APPLIED".equals(batch.status()) ? "import.error.appliedAlready" : "import.error.expired");
        }
        if (batch.createdAt().plus(BATCH_LIFETIME).isBefore(OffsetDateTime.now())) {
            throw rejected("import.error.previewTooOld", BATCH_LIFETIME.toHours());
        }
        // re-planned in the language of the preview, so that its texts (and the number style) are the same
        ImportPlan previewed = JSON.readValue(batch.planJson(), ImportPlan.class);
        ImportPlanner.Planned again = planned(batch.content(), batch.fileName(), actor, texts(previewed));
        if (!JSON.writeValueAsString(again.plan()).equals(batch.planJson())) {
            throw rejected("import.error.changedSincePreview");
        }
        requireConfirmation(again.plan(), confirmed);
        applier.apply(again.writes(), again.plan(), actor, texts(previewed));
        batches.markApplied(batchId);
        return again.plan();
    }

    /** A batch that was applied: the plan as previewed and applied, who uploaded and applied it, and when. */
    public record AppliedBatch(long id, ImportPlan plan, String appliedBy, OffsetDateTime appliedAt) {}

    /**
     * The batch, when it has been applied (the page shown after applying, and again on reloading it or sending the
     * confirmation a second time); empty while it waits for the confirmation, expired or unknown.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AppliedBatch> applied(long batchId) {
        return batches.findApplied(batchId)
                .map(b -> new AppliedBatch(
                        batchId, JSON.readValue(b.planJson(), ImportPlan.class), b.createdBy(), b.appliedAt()));
    }

    /** Plan and apply in one transaction (command line); nothing is written when there is nothing to change. */
    @Transactional
    public ImportPlan importNow(byte[] file, String fileName, ImportActor actor) {
        return importNow(file, fileName, actor, false);
    }

    /** {@link #importNow(byte[], String, ImportActor)} with the confirmation of implausible values. */
    @Transactional
    public ImportPlan importNow(byte[] file, String fileName, ImportActor actor, boolean confirmed) {
        ImportPlanner.Planned planned = planned(file, fileName, actor);
        requireConfirmation(planned.plan(), confirmed);
        if (!planned.plan().nothingToChange()) {
            applier.apply(planned.writes(), planned.plan(), actor, texts(planned.plan()));
        }
        return planned.plan();
    }

    private void requireConfirmation(ImportPlan plan, boolean confirmed) {
        if (plan.needsConfirmation() && !confirmed) {
            throw new ImportRejectedException(List.of(texts(plan)
                    .file(
                            "exchange.error.confirmImplausible",
                            plan.implausible().size())));
        }
    }

    private ImportRejectedException rejected(String key, Object... args) {
        return new ImportRejectedException(List.of(texts().file(key, args)));
    }

    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "berkas.xlsx";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
