package id.kinerja.evidence;

import id.kinerja.account.CurrentUser;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.evidence.internal.EvidenceRepository;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evidence files of realizations: checked (who may add, the period not approved, the kind from the fixed list,
 * at most {@value #MAX_BYTES} bytes, the extension AND the content of an accepted type, the unit's storage quota
 * not passed), stored in the database
 * with their SHA-256 and audited; read back only within their own unit.
 */
@Service
public class EvidenceService {

    /** 10 MB, as {@code spring.servlet.multipart.max-file-size}. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String ENTITY = "evidence";

    /** A file to send back: its record and its bytes. */
    public record Download(Evidence evidence, byte[] content) {}

    private final EvidenceRepository repository;
    private final EvidenceGuard guard;
    private final AuditLog audit;

    private final long unitQuota;

    EvidenceService(EvidenceRepository repository, EvidenceGuard guard, AuditLog audit, EvidenceProperties properties) {
        this.repository = repository;
        this.guard = guard;
        this.audit = audit;
        this.unitQuota = properties.unitQuota().toBytes();
    }

    /** The most evidence one unit may store, in bytes ({@code kinerja.evidence.unit-quota}). */
    public long unitQuota() {
        return unitQuota;
    }

    /**
     * Stores an uploaded file as evidence of an IKU's realization in a period.
     *
     * @throws UserError 400 for a missing kind, an empty file, an extension or content not accepted; 413 for a
     *                   file over 10 MB; 409 when the period is approved; 507 when the unit's evidence would pass
     *                   its storage quota ({@code kinerja.evidence.unit-quota}, default 500 MB)
     */
    @Transactional
    public Evidence upload(
            CurrentUser me,
            Unit unit,
            int year,
            String indicatorCode,
            Period period,
            String kind,
            String originalName,
            byte[] content) {
        guard.requireOpenForEvidence(me, unit, year, indicatorCode, period);
        EvidenceKind evidenceKind = EvidenceKind.parse(kind);
        if (evidenceKind == null) {
            throw UserError.invalid("evidence.error.kind");
        }
        UploadedFile file = UploadedFile.check(originalName, content, java.util.EnumSet.allOf(EvidenceType.class));
        String name = file.name();
        EvidenceType type = file.type();
        long used = repository.lockAndMeasure(unit.id());
        if (used + content.length > unitQuota) {
            throw new UserError(
                    HttpStatus.INSUFFICIENT_STORAGE,
                    "evidence.error.quota",
                    unit.code(),
                    Evidence.size(used),
                    Evidence.size(unitQuota),
                    name,
                    Evidence.size(content.length));
        }
        String sha = file.sha256();
        long id = repository.insert(
                unit.id(),
                year,
                indicatorCode,
                period,
                name,
                type.contentType(),
                content,
                sha,
                evidenceKind,
                me.username());
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(year, indicatorCode, period, id),
                AuditAction.UPLOAD,
                null,
                name + " (" + evidenceKind.name() + ", " + type.contentType() + ", " + content.length + " B, sha256 "
                        + sha + ")",
                null);
        return repository.find(unit.id(), id).orElseThrow();
    }

    /** The evidence of one IKU in a year, newest first (the caller has checked that the unit is viewable). */
    @Transactional(readOnly = true)
    public List<Evidence> list(Unit unit, int year, String indicatorCode) {
        return repository.findByIndicator(unit.id(), year, indicatorCode);
    }

    /** A file of this unit; 404 when the id is unknown or belongs to another unit. */
    @Transactional(readOnly = true)
    public Download download(Unit unit, long id) {
        Evidence evidence = repository
                .find(unit.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Bukti dukung tidak ditemukan"));
        return new Download(evidence, repository.content(id));
    }

    /** The audit key: {@code 2024/01a-CP/Q1/evidence-id}. */
    static String key(int year, String indicatorCode, Period period, long id) {
        return year + "/" + indicatorCode + "/" + period.name() + "/" + id;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
