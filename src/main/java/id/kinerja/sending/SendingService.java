package id.kinerja.sending;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportKind;
import id.kinerja.report.ReportNotFoundException;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import id.kinerja.sending.internal.SentDocumentRepository;
import id.kinerja.web.UserError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Kirim ke Kanwil" (docs/domain.md, "Sending to the Kanwil"): the office's head or performance administrator sends
 * its quarterly NKO report or its LAKIN; the document is rendered once more and its PDF frozen with its SHA-256, so
 * what the Kanwil received never changes when the data does; a draft (the consistency check's errors neither fixed
 * nor accepted) is not sent. The Kanwil directly above acknowledges receipt, once. Sending again makes the next
 * version; every version stays. Audited (entity {@code sent-document}); {@link DocumentSent} published.
 */
@Service
public class SendingService {

    public static final String ENTITY = "sent-document";
    public static final int MAX_NOTE = 1000;

    private final SentDocumentRepository repository;
    private final ReportService reports;
    private final ReportRenderer renderer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SendingService(
            SentDocumentRepository repository,
            ReportService reports,
            ReportRenderer renderer,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.reports = reports;
        this.renderer = renderer;
        this.audit = audit;
        this.events = events;
    }

    /** Who sends an office's reports: its head and its performance administrator; a unit without a Kanwil above sends none. */
    public static boolean maySend(CurrentUser me, Unit unit) {
        return unit.parentId() != null
                && me.unitId() == unit.id()
                && (me.has(Role.HEAD) || me.has(Role.PERFORMANCE_ADMIN));
    }

    /** Who acknowledges receipt: the reviewers, head, performance administrators and administrators of the unit above. */
    public static boolean mayAcknowledge(CurrentUser me, Unit unit) {
        return unit.parentId() != null
                && me.unitId() == unit.parentId()
                && (me.has(Role.REVIEWER)
                        || me.has(Role.HEAD)
                        || me.has(Role.PERFORMANCE_ADMIN)
                        || me.has(Role.ADMINISTRATOR));
    }

    /** The documents a unit sent in a year, newest first. */
    @Transactional(readOnly = true)
    public List<SentDocument> history(long unitId, int year) {
        return repository.ofUnit(unitId, year);
    }

    /** The documents of these units not yet acknowledged, oldest first. */
    @Transactional(readOnly = true)
    public List<SentDocument> unacknowledged(Collection<Long> unitIds) {
        return repository.unacknowledged(unitIds);
    }

    /** The frozen PDF of a sent document of {@code unit}. */
    @Transactional(readOnly = true)
    public byte[] pdf(Unit unit, long id) {
        SentDocument d = find(unit, id);
        return repository.pdf(d.id()).orElseThrow();
    }

    /** One sent document of {@code unit}; a 409 naming it when it does not exist there. */
    @Transactional(readOnly = true)
    public SentDocument find(Unit unit, long id) {
        return repository
                .find(id)
                .filter(d -> d.unitId() == unit.id())
                .orElseThrow(() -> UserError.conflict("sending.error.gone"));
    }

    /**
     * Sends a report: the NKO report of a period ({@code period} required) or the LAKIN of the year. Refused (naming
     * why) when the unit has no report for the year, or the document is a draft.
     */
    @Transactional
    public SentDocument send(CurrentUser me, Unit unit, int year, ReportKind kind, Period period, String note) {
        UnitAccess.require(maySend(me, unit));
        if (kind != ReportKind.NKO && kind != ReportKind.LAKIN) {
            throw UserError.invalid("sending.error.kind");
        }
        Period p = kind == ReportKind.LAKIN ? Period.Y : period;
        if (p == null) {
            throw UserError.invalid("sending.error.period");
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > MAX_NOTE) {
            throw UserError.invalid("sending.error.noteTooLong", MAX_NOTE);
        }
        ReportDocument document;
        try {
            document = reports.document(kind, unit.code(), year, p);
        } catch (ReportNotFoundException e) {
            throw UserError.conflict("sending.error.noReport", String.valueOf(year));
        }
        if (document.draft()) {
            throw UserError.conflict("sending.error.draft", document.title());
        }
        byte[] pdf = renderer.render(document, ReportFormat.PDF);
        String sha256 = sha256(pdf);
        long id = repository.insert(
                unit.id(), year, kind, p, document.fileName(ReportFormat.PDF), pdf, sha256, me.username(), remark);
        SentDocument sent = repository.find(id).orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(sent),
                AuditAction.SEND,
                null,
                sent.fileName() + " v" + sent.version() + " sha256=" + sha256,
                remark);
        events.publishEvent(
                new DocumentSent(id, unit.id(), unit.parentId(), year, kind, p, sent.version(), me.username()));
        return sent;
    }

    /** The Kanwil acknowledges receipt of a sent document, once. */
    @Transactional
    public SentDocument acknowledge(CurrentUser me, Unit unit, long id) {
        UnitAccess.require(mayAcknowledge(me, unit));
        SentDocument d = find(unit, id);
        if (!repository.acknowledge(id, me.username())) {
            throw UserError.conflict("sending.error.acknowledged", d.fileName(), String.valueOf(d.version()));
        }
        SentDocument after = repository.find(id).orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(after),
                AuditAction.ACKNOWLEDGE,
                null,
                after.fileName() + " v" + after.version(),
                null);
        return after;
    }

    /** The audit key: {@code <year>/<kind>/<period>/v<version>}. */
    static String key(SentDocument d) {
        return d.year() + "/" + d.kind().name() + "/" + d.period().name() + "/v" + d.version();
    }

    /** The lowercase hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
