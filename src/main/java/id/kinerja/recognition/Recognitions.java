package id.kinerja.recognition;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.evidence.EvidenceType;
import id.kinerja.evidence.UploadedFile;
import id.kinerja.organisation.Unit;
import id.kinerja.recognition.internal.RecognitionRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The recognition module's API: awards received and innovations made by a unit in a year (LAKIN chapter III.D),
 * each with an optional attachment (a certificate, a photo or a PDF).
 * <ul>
 *   <li>Rules, once for the web, the API and the workbook: an award needs a title (at most {@value #MAX_TITLE}
 *       characters), its giver at most {@value #MAX_GIVER}, its date a valid {@code yyyy-MM-dd} or blank; an
 *       innovation needs a name (at most {@value #MAX_NAME}), its long name at most {@value #MAX_TITLE}, at most
 *       {@value #MAX_GOALS} goals of at most {@value #MAX_GOAL} characters each; a description at most
 *       {@value #MAX_TEXT}. A refusal names the field ({@link RecognitionRefused}).</li>
 *   <li>The attachment is checked as evidence is ({@link UploadedFile}: sanitised name, at most 10 MB, extension and
 *       content of PDF, PNG or JPEG) and stored in the row.</li>
 *   <li>Writes: the performance administrator of the unit only (403 otherwise); each is audited (entity
 *       {@code award} or {@code innovation}, key {@code year/id}). Reads: whoever may view the unit.</li>
 * </ul>
 */
@Service
public class Recognitions {

    public static final int MAX_TITLE = 512;
    public static final int MAX_GIVER = 255;
    public static final int MAX_NAME = 255;
    /** As a cell of the exchange workbook holds. */
    public static final int MAX_TEXT = 4000;

    public static final int MAX_GOALS = 20;
    public static final int MAX_GOAL = 1000;

    /** A certificate, a photo or a PDF. */
    public static final Set<EvidenceType> ATTACHMENT_TYPES =
            EnumSet.of(EvidenceType.PDF, EvidenceType.PNG, EvidenceType.JPEG);

    private final RecognitionRepository recognitions;
    private final UnitAccess access;
    private final AuditLog audit;

    Recognitions(RecognitionRepository recognitions, UnitAccess access, AuditLog audit) {
        this.recognitions = recognitions;
        this.access = access;
        this.audit = audit;
    }

    /** A unit's awards of a year, in their order. */
    public List<Award> awards(long unitId, int year) {
        return recognitions.awards(unitId, year);
    }

    /** A unit's awards of a year with their ids and attachments, in their order. */
    @Transactional(readOnly = true)
    public List<StoredAward> storedAwards(long unitId, int year) {
        return recognitions.storedAwards(unitId, year);
    }

    /** Adds an award of a unit at position {@code sortOrder} (the demo loader and the workbook import); its id. */
    public long addAward(long unitId, Award award, int sortOrder) {
        return recognitions.addAward(unitId, award, sortOrder);
    }

    /** A unit's innovations of a year, in their order. */
    public List<Innovation> innovations(long unitId, int year) {
        return recognitions.innovations(unitId, year);
    }

    /** A unit's innovations of a year with their ids and attachments, in their order. */
    @Transactional(readOnly = true)
    public List<StoredInnovation> storedInnovations(long unitId, int year) {
        return recognitions.storedInnovations(unitId, year);
    }

    /** Adds an innovation of a unit at position {@code sortOrder} (the demo loader and the workbook import); its id. */
    public long addInnovation(long unitId, Innovation innovation, int sortOrder) {
        return recognitions.addInnovation(unitId, innovation, sortOrder);
    }

    /**
     * Writes an award of the workbook import (already checked by {@link #award}; the import audits its rows): a new
     * one (id null) at the end of the year's list, or the new values of a stored one of the unit.
     */
    @Transactional
    public void importAward(long unitId, Long id, Award award) {
        if (id == null) {
            recognitions.addAward(
                    unitId, award, recognitions.nextSortOrder(RecognitionKind.AWARD, unitId, award.year()));
        } else if (recognitions.lock(RecognitionKind.AWARD, unitId, id)) {
            recognitions.updateAward(id, award);
        } else {
            throw notFound();
        }
    }

    /** Writes an innovation of the workbook import, as {@link #importAward}. */
    @Transactional
    public void importInnovation(long unitId, Long id, Innovation innovation) {
        if (id == null) {
            recognitions.addInnovation(
                    unitId,
                    innovation,
                    recognitions.nextSortOrder(RecognitionKind.INNOVATION, unitId, innovation.year()));
        } else if (recognitions.lock(RecognitionKind.INNOVATION, unitId, id)) {
            recognitions.updateInnovation(id, innovation);
        } else {
            throw notFound();
        }
    }

    /** The years with awards or innovations of the unit, oldest first. */
    public List<Integer> years(long unitId) {
        return recognitions.years(unitId);
    }

    /** Whether the user may add, change and remove the unit's awards and innovations. */
    public boolean canEdit(CurrentUser me, long unitId) {
        return access.canEditAgreement(me, unitId);
    }

    // ------------------------------------------------------------------ rules

    /** The award typed, checked by the rules; refused naming the field. */
    public static Award award(int year, AwardInput in) {
        String title = required(in.title(), "title", "recognition.field.title", MAX_TITLE);
        String giver = optional(in.giver(), "giver", "recognition.field.giver", MAX_GIVER);
        String description = optional(in.description(), "description", "recognition.field.description", MAX_TEXT);
        LocalDate date = null;
        String d = in.date() == null ? "" : in.date().strip();
        if (!d.isEmpty()) {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new RecognitionRefused("date", "recognition.error.date", d);
            }
            if (date.getYear() < 1945 || date.getYear() > year + 1) {
                throw new RecognitionRefused("date", "recognition.error.dateRange", d, year);
            }
        }
        return new Award(year, title, giver, date, description);
    }

    /** The innovation typed, checked by the rules; refused naming the field. */
    public static Innovation innovation(int year, InnovationInput in) {
        String name = required(in.name(), "name", "recognition.field.name", MAX_NAME);
        String longName = optional(in.longName(), "longName", "recognition.field.longName", MAX_TITLE);
        String description = optional(in.description(), "description", "recognition.field.description", MAX_TEXT);
        List<String> goals = new ArrayList<>();
        if (in.goals() != null) {
            for (String line : in.goals().split("\\R")) {
                String g = line.strip();
                if (g.isEmpty()) {
                    continue;
                }
                if (g.length() > MAX_GOAL) {
                    throw new RecognitionRefused("goals", "recognition.error.goalTooLong", goals.size() + 1, MAX_GOAL);
                }
                goals.add(g);
            }
        }
        if (goals.size() > MAX_GOALS) {
            throw new RecognitionRefused("goals", "recognition.error.tooManyGoals", goals.size(), MAX_GOALS);
        }
        return new Innovation(year, name, longName, description, List.copyOf(goals));
    }

    private static String required(String text, String field, String label, int max) {
        String t = optional(text, field, label, max);
        if (t == null) {
            throw new RecognitionRefused(field, "recognition.error.required", resolvable(label));
        }
        return t;
    }

    private static String optional(String text, String field, String label, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new RecognitionRefused(field, "recognition.error.tooLong", resolvable(label), max, t.length());
        }
        return t.isEmpty() ? null : t;
    }

    private static DefaultMessageSourceResolvable resolvable(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Adds an award to a unit's year, with its attachment when {@code fileName} is given; all or nothing.
     *
     * @return its id
     */
    @Transactional
    public long createAward(CurrentUser me, Unit unit, int year, AwardInput in, String fileName, byte[] content) {
        UnitAccess.require(canEdit(me, unit.id()));
        Award award = award(year, in);
        UploadedFile file = file(fileName, content);
        long id = recognitions.addAward(
                unit.id(), award, recognitions.nextSortOrder(RecognitionKind.AWARD, unit.id(), year));
        attach(me, unit, RecognitionKind.AWARD, year, id, file);
        audit.record(
                me.username(), unit.id(), "award", year + "/" + id, AuditAction.CREATE, null, describe(award), null);
        return id;
    }

    /**
     * Changes an award of the unit; a new attachment replaces the old one, {@code removeAttachment} removes it; all
     * or nothing. 404 when the award is unknown or another unit's.
     */
    @Transactional
    public void updateAward(
            CurrentUser me,
            Unit unit,
            long id,
            AwardInput in,
            String fileName,
            byte[] content,
            boolean removeAttachment) {
        UnitAccess.require(canEdit(me, unit.id()));
        lock(unit, RecognitionKind.AWARD, id);
        StoredAward old = recognitions.findAward(unit.id(), id).orElseThrow(Recognitions::notFound);
        Award award = award(old.award().year(), in);
        UploadedFile file = file(fileName, content);
        recognitions.updateAward(id, award);
        audit.record(
                me.username(),
                unit.id(),
                "award",
                old.award().year() + "/" + id,
                AuditAction.SAVE,
                describe(old.award()),
                describe(award),
                null);
        attachment(me, unit, RecognitionKind.AWARD, old.award().year(), id, old.attachment(), file, removeAttachment);
    }

    /** Adds an innovation to a unit's year, with its attachment when {@code fileName} is given; its id. */
    @Transactional
    public long createInnovation(
            CurrentUser me, Unit unit, int year, InnovationInput in, String fileName, byte[] content) {
        UnitAccess.require(canEdit(me, unit.id()));
        Innovation innovation = innovation(year, in);
        UploadedFile file = file(fileName, content);
        long id = recognitions.addInnovation(
                unit.id(), innovation, recognitions.nextSortOrder(RecognitionKind.INNOVATION, unit.id(), year));
        attach(me, unit, RecognitionKind.INNOVATION, year, id, file);
        audit.record(
                me.username(),
                unit.id(),
                "innovation",
                year + "/" + id,
                AuditAction.CREATE,
                null,
                describe(innovation),
                null);
        return id;
    }

    /** Changes an innovation of the unit, as {@link #updateAward}. */
    @Transactional
    public void updateInnovation(
            CurrentUser me,
            Unit unit,
            long id,
            InnovationInput in,
            String fileName,
            byte[] content,
            boolean removeAttachment) {
        UnitAccess.require(canEdit(me, unit.id()));
        lock(unit, RecognitionKind.INNOVATION, id);
        StoredInnovation old = recognitions.findInnovation(unit.id(), id).orElseThrow(Recognitions::notFound);
        Innovation innovation = innovation(old.innovation().year(), in);
        UploadedFile file = file(fileName, content);
        recognitions.updateInnovation(id, innovation);
        audit.record(
                me.username(),
                unit.id(),
                "innovation",
                old.innovation().year() + "/" + id,
                AuditAction.SAVE,
                describe(old.innovation()),
                describe(innovation),
                null);
        attachment(
                me,
                unit,
                RecognitionKind.INNOVATION,
                old.innovation().year(),
                id,
                old.attachment(),
                file,
                removeAttachment);
    }

    /** Removes an award or an innovation of the unit with its attachment; 404 when unknown or another unit's. */
    @Transactional
    public void delete(CurrentUser me, Unit unit, RecognitionKind kind, long id) {
        UnitAccess.require(canEdit(me, unit.id()));
        lock(unit, kind, id);
        String old;
        int year;
        if (kind == RecognitionKind.AWARD) {
            StoredAward a = recognitions.findAward(unit.id(), id).orElseThrow(Recognitions::notFound);
            old = describe(a.award());
            year = a.award().year();
        } else {
            StoredInnovation n = recognitions.findInnovation(unit.id(), id).orElseThrow(Recognitions::notFound);
            old = describe(n.innovation());
            year = n.innovation().year();
        }
        recognitions.delete(kind, id);
        audit.record(me.username(), unit.id(), kind.entity(), year + "/" + id, AuditAction.DELETE, old, null, null);
    }

    /** Attaches a file to a unit's award or innovation, replacing its attachment; 404 when unknown. */
    @Transactional
    public void attach(CurrentUser me, Unit unit, RecognitionKind kind, long id, String fileName, byte[] content) {
        UnitAccess.require(canEdit(me, unit.id()));
        int year = yearOf(unit, kind, id);
        UploadedFile file = UploadedFile.check(fileName, content, ATTACHMENT_TYPES);
        attach(me, unit, kind, year, id, file);
    }

    /** Removes the attachment of a unit's award or innovation; 404 when the item is unknown or has none. */
    @Transactional
    public void removeAttachment(CurrentUser me, Unit unit, RecognitionKind kind, long id) {
        UnitAccess.require(canEdit(me, unit.id()));
        int year = yearOf(unit, kind, id);
        Attachment old = kind == RecognitionKind.AWARD
                ? recognitions.findAward(unit.id(), id).orElseThrow().attachment()
                : recognitions.findInnovation(unit.id(), id).orElseThrow().attachment();
        if (old == null) {
            throw notFound();
        }
        attachment(me, unit, kind, year, id, old, null, true);
    }

    private void lock(Unit unit, RecognitionKind kind, long id) {
        if (!recognitions.lock(kind, unit.id(), id)) {
            throw notFound();
        }
    }

    /** The year of a unit's item, locked for the rest of the transaction; 404 when unknown. */
    private int yearOf(Unit unit, RecognitionKind kind, long id) {
        lock(unit, kind, id);
        return kind == RecognitionKind.AWARD
                ? recognitions
                        .findAward(unit.id(), id)
                        .orElseThrow(Recognitions::notFound)
                        .award()
                        .year()
                : recognitions
                        .findInnovation(unit.id(), id)
                        .orElseThrow(Recognitions::notFound)
                        .innovation()
                        .year();
    }

    /** One award of the unit, with its position 0 (not in a list); 404 when unknown or another unit's. */
    @Transactional(readOnly = true)
    public StoredAward findAward(Unit unit, long id) {
        return recognitions.findAward(unit.id(), id).orElseThrow(Recognitions::notFound);
    }

    /** One innovation of the unit, with its position 0 (not in a list); 404 when unknown or another unit's. */
    @Transactional(readOnly = true)
    public StoredInnovation findInnovation(Unit unit, long id) {
        return recognitions.findInnovation(unit.id(), id).orElseThrow(Recognitions::notFound);
    }

    /**
     * The attachment of a unit's award or innovation, for whoever may view the unit; 404 when the item is unknown,
     * another unit's or has no attachment.
     */
    @Transactional(readOnly = true)
    public RecognitionFile attachment(CurrentUser me, Unit unit, RecognitionKind kind, long id) {
        access.requireView(me, unit.id());
        Attachment a = kind == RecognitionKind.AWARD
                ? recognitions
                        .findAward(unit.id(), id)
                        .map(StoredAward::attachment)
                        .orElse(null)
                : recognitions
                        .findInnovation(unit.id(), id)
                        .map(StoredInnovation::attachment)
                        .orElse(null);
        if (a == null) {
            throw notFound();
        }
        return new RecognitionFile(a, recognitions.content(kind, unit.id(), id).orElseThrow(Recognitions::notFound));
    }

    private static UploadedFile file(String fileName, byte[] content) {
        if ((fileName == null || fileName.isBlank()) && (content == null || content.length == 0)) {
            return null;
        }
        return UploadedFile.check(fileName, content, ATTACHMENT_TYPES);
    }

    private void attach(CurrentUser me, Unit unit, RecognitionKind kind, int year, long id, UploadedFile file) {
        if (file == null) {
            return;
        }
        recognitions.setAttachment(kind, id, file.name(), file.contentType(), file.content(), file.sha256());
        audit.record(
                me.username(),
                unit.id(),
                kind.entity(),
                year + "/" + id + "/attachment",
                AuditAction.UPLOAD,
                null,
                file.name() + " (" + file.contentType() + ", " + file.content().length + " B, sha256 " + file.sha256()
                        + ")",
                null);
    }

    private void attachment(
            CurrentUser me,
            Unit unit,
            RecognitionKind kind,
            int year,
            long id,
            Attachment old,
            UploadedFile file,
            boolean remove) {
        if (file != null) {
            attach(me, unit, kind, year, id, file);
        } else if (remove && old != null) {
            recognitions.removeAttachment(kind, id);
            audit.record(
                    me.username(),
                    unit.id(),
                    kind.entity(),
                    year + "/" + id + "/attachment",
                    AuditAction.DELETE,
                    old.name() + " (sha256 " + old.sha256() + ")",
                    null,
                    null);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Penghargaan atau inovasi tidak ditemukan");
    }

    static String describe(Award a) {
        return a.title() + " | " + (a.giver() == null ? "-" : a.giver()) + " | " + (a.date() == null ? "-" : a.date());
    }

    static String describe(Innovation n) {
        return n.name() + " | " + (n.longName() == null ? "-" : n.longName()) + " | "
                + n.goals().size() + " tujuan";
    }
}
