package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.DraftClaims;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The PK editor's page of a unit's year: its versions, the one shown, the one in force, the framework, what the
 * user may do ({@link AgreementPermissions}) and the audit trail. The changes are {@link AgreementCommands}.
 */
@Service
public class AgreementEditor {

    /** The editor's page: the versions of the year, the one shown, the one in force, its framework. */
    public record View(
            Unit unit,
            int year,
            List<AgreementVersion> versions,
            AgreementVersion shownVersion,
            PerformanceAgreement shown,
            PerformanceAgreement inForce,
            Framework framework,
            FrameworkVersion frameworkVersion,
            AgreementVersion draft,
            AgreementPermissions permissions,
            List<Indicator> addable,
            List<FrameworkVersion> frameworksOfYear,
            List<AuditEvent> history,
            List<Awaiting> awaiting,
            boolean startOffices) {

        /** The framework's entry of an agreed IKU (its name, polarity). */
        public Indicator indicator(String code) {
            return framework == null ? null : framework.indicator(code);
        }

        /**
         * The budget's total: the top-level lines only (a line whose code extends another line's code with
         * {@code .} is part of it, e.g. {@code CC.4791} of {@code CC}).
         */
        public BigDecimal budgetTotal() {
            if (shown == null) {
                return BigDecimal.ZERO;
            }
            List<String> codes = shown.budget().stream().map(BudgetItem::code).toList();
            return shown.budget().stream()
                    .filter(b -> codes.stream().noneMatch(c -> b.code().startsWith(c + ".")))
                    .map(BudgetItem::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A PK of a unit directly below waiting for the second party's signature: the head viewing this page. */
    public record Awaiting(Unit unit, AwaitingSignature agreement) {}

    private final UnitAccess access;
    private final AgreementRepository agreements;
    private final FrameworkCatalog frameworks;
    private final AuditLog audit;
    private final Units units;

    AgreementEditor(
            UnitAccess access,
            AgreementRepository agreements,
            FrameworkCatalog frameworks,
            AuditLog audit,
            Units units) {
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.audit = audit;
        this.units = units;
    }

    /**
     * The PKs of the units directly below {@code unit} their first party has signed and that wait for the second
     * party's: for the head of {@code unit}, empty for anyone else.
     */
    @Transactional(readOnly = true)
    public List<Awaiting> awaiting(CurrentUser me, Unit unit) {
        if (me.unitId() != unit.id() || !me.has(Role.HEAD)) {
            return List.of();
        }
        Map<Long, Unit> below = new LinkedHashMap<>();
        units.findChildren(unit.id()).forEach(u -> below.put(u.id(), u));
        return agreements.awaitingSecondParty(below.keySet()).stream()
                .map(a -> new Awaiting(below.get(a.unitId()), a))
                .toList();
    }

    /** The page for a year: version {@code version} if given (404 when unknown), else the one in force. */
    @Transactional(readOnly = true)
    public View view(CurrentUser me, Unit unit, int year, Integer version) {
        List<AgreementVersion> versions = agreements.versions(unit.id(), year);
        Optional<PerformanceAgreement> inForce = agreements.findCurrent(unit.id(), year);
        AgreementVersion shownVersion;
        if (version != null) {
            shownVersion = versions.stream()
                    .filter(v -> v.version() == version)
                    .findFirst()
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "Perjanjian kinerja versi " + version + " tidak ada"));
        } else {
            shownVersion = inForce.flatMap(
                            a -> versions.stream().filter(v -> v.id() == a.id()).findFirst())
                    .orElse(null);
        }
        PerformanceAgreement shown = shownVersion == null
                ? null
                : agreements.findById(shownVersion.id()).orElseThrow();
        Framework framework = shown == null ? null : frameworks.framework(shown.frameworkVersionId());
        FrameworkVersion frameworkVersion = shown == null
                ? null
                : frameworks.version(shown.frameworkVersionId()).orElse(null);
        AgreementVersion draft = versions.stream()
                .filter(v -> v.status() == AgreementStatus.DRAFT)
                .findFirst()
                .orElse(null);
        AgreementPermissions permissions = AgreementPermissions.of(
                access,
                me,
                unit,
                versions,
                shownVersion,
                versions.isEmpty() && !agreements.versions(unit.id(), year - 1).isEmpty());
        boolean startOffices = me.has(Role.ADMINISTRATOR)
                && access.isWithin(unit.id(), me.unitId())
                && units.findChildren(unit.id()).stream().anyMatch(u -> u.type() != UnitType.SECTION);
        List<Indicator> addable = shown == null
                ? List.of()
                : framework.indicators().stream()
                        .filter(i -> shown.indicators().stream()
                                .noneMatch(a -> a.code().equals(i.code())))
                        .toList();
        List<FrameworkVersion> ofYear =
                frameworks.all().stream().filter(f -> f.year() == year).toList();
        return new View(
                unit,
                year,
                versions,
                shownVersion,
                shown,
                inForce.orElse(null),
                framework,
                frameworkVersion,
                draft,
                permissions,
                addable,
                ofYear,
                audit.find(unit.id(), DraftClaims.ENTITY, year + "/"),
                awaiting(me, unit),
                startOffices);
    }
}
