package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.DraftClaims;
import id.kinerja.agreement.internal.IndicatorRules;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.web.FormValidation;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The PK editor's commands. A unit's agreement for a year has versions: the performance administrator creates a
 * DRAFT (v1, or a revision N+1 copying the signed one) and edits it (header, IKU with weights and targets, budget
 * lines); the head signs it (SIGNED: locked; the previously signed version becomes SUPERSEDED and stays readable;
 * {@link AgreementSigned} is published inside the signing transaction). The agreement in force is
 * {@link Agreements#findCurrent}: the signed version, so a revision being drafted changes no score until it is
 * signed. Every edit is one transaction, claims the draft at the row version its form was loaded with
 * ({@link DraftClaims}: a stale form changes nothing, 409 naming who changed it and when) and is audited (entity
 * {@code agreement}, key {@code year/vN[/...]}).
 */
@Service
public class AgreementCommands {

    static final String ENTITY = DraftClaims.ENTITY;

    private final UnitAccess access;
    private final AgreementRepository agreements;
    private final DraftClaims claims;
    private final FrameworkCatalog frameworks;
    private final Units units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FormValidation forms;

    AgreementCommands(
            UnitAccess access,
            AgreementRepository agreements,
            DraftClaims claims,
            FrameworkCatalog frameworks,
            Units units,
            AuditLog audit,
            ApplicationEventPublisher events,
            FormValidation forms) {
        this.access = access;
        this.agreements = agreements;
        this.claims = claims;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.forms = forms;
    }

    /**
     * A first draft (version 1) for a year without any agreement, under a framework version of that year: every
     * IKU of the framework with its default weight and no targets; the signatories from the unit tree.
     */
    @Transactional
    public AgreementVersion create(CurrentUser me, Unit unit, int year, Long frameworkVersionId) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        if (!agreements.versions(unit.id(), year).isEmpty()) {
            throw UserError.conflict("agreement.error.exists", year);
        }
        FrameworkVersion version = (frameworkVersionId == null
                        ? Optional.<FrameworkVersion>empty()
                        : frameworks.version(frameworkVersionId))
                .filter(f -> f.year() == year)
                .orElseThrow(() -> UserError.invalid("agreement.error.framework", year));
        Framework framework = frameworks.framework(version.id());
        List<PerformanceAgreement.Indicator> indicators = framework.indicators().stream()
                .map(i -> new PerformanceAgreement.Indicator(
                        i.code(),
                        i.defaultWeight() != null && i.defaultWeight().signum() > 0
                                ? i.defaultWeight()
                                : BigDecimal.ONE,
                        Map.of()))
                .toList();
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        Party first = new Party(unit.headName(), "Kepala " + unit.name());
        Party second = parent == null ? new Party(null, null) : new Party(parent.headName(), "Kepala " + parent.name());
        long id;
        try {
            id = agreements.create(
                    unit.id(),
                    year,
                    version.id(),
                    1,
                    null,
                    null,
                    null,
                    AgreementStatus.DRAFT,
                    first,
                    second,
                    indicators,
                    List.of(),
                    me.username());
        } catch (DuplicateKeyException e) {
            throw UserError.conflict("agreement.error.exists", year);
        }
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                year + "/v1",
                AuditAction.CREATE,
                null,
                version.code() + " v" + version.version() + "; " + indicators.size() + " IKU",
                null);
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /** Number, date, place and signatories of a draft. */
    @Transactional
    public AgreementVersion updateHeader(
            CurrentUser me, Unit unit, long id, Integer rowVersion, AgreementForms.Header header) {
        DraftClaims.Claimed c = claims.claimForEdit(me, unit, id, rowVersion);
        forms.check(header, AgreementForms.Header.FIELDS);
        AgreementForms.ValidHeader h = header.validated();
        String number = h.number();
        LocalDate date = h.date();
        String place = h.place();
        Party first = h.first();
        Party second = h.second();
        String before = headerText(
                c.agreement().number(),
                c.agreement().date(),
                c.agreement().place(),
                c.agreement().firstParty(),
                c.agreement().secondParty());
        String after = headerText(number, date, place, first, second);
        agreements.updateHeader(id, number, date, place, first, second);
        if (!before.equals(after)) {
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    DraftClaims.key(c.agreement()),
                    AuditAction.HEADER,
                    before,
                    after,
                    null);
        }
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /**
     * Weights and targets of every IKU of a draft, from the form's fields ({@link AgreementForms#indicators}).
     * Nothing is saved when any field is invalid; the message names the IKU and field.
     */
    @Transactional
    public AgreementVersion updateIndicators(
            CurrentUser me, Unit unit, long id, Integer rowVersion, Map<String, String> fields) {
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
        Framework framework = frameworks.framework(c.agreement().frameworkVersionId());
        List<PerformanceAgreement.Indicator> updated =
                AgreementForms.indicators(framework, c.agreement().indicators(), fields);
        List<String[]> changes = new ArrayList<>();
        for (int i = 0; i < updated.size(); i++) {
            String before = DraftClaims.indicatorText(c.agreement().indicators().get(i));
            String after = DraftClaims.indicatorText(updated.get(i));
            if (!before.equals(after)) {
                changes.add(new String[] {updated.get(i).code(), before, after});
            }
        }
        if (changes.isEmpty()) {
            return c.version();
        }
        claims.claim(me, unit, c, rowVersion);
        agreements.replaceIndicators(id, updated);
        for (String[] change : changes) {
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    DraftClaims.key(c.agreement()) + "/" + change[0],
                    AuditAction.INDICATORS,
                    change[1],
                    change[2],
                    null);
        }
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /** Adds an IKU of the agreement's framework, with the framework's weight and no targets yet. */
    @Transactional
    public AgreementVersion addIndicator(CurrentUser me, Unit unit, long id, Integer rowVersion, String code) {
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
        Framework framework = frameworks.framework(c.agreement().frameworkVersionId());
        Indicator indicator = IndicatorRules.known(framework, code);
        if (c.agreement().indicators().stream().anyMatch(i -> i.code().equals(code))) {
            throw UserError.conflict("agreement.error.duplicateIndicator", code);
        }
        BigDecimal weight =
                indicator.defaultWeight() != null && indicator.defaultWeight().signum() > 0
                        ? indicator.defaultWeight()
                        : BigDecimal.ONE;
        List<PerformanceAgreement.Indicator> updated =
                new ArrayList<>(c.agreement().indicators());
        updated.add(new PerformanceAgreement.Indicator(code, weight, Map.of()));
        updated.sort(Comparator.comparingInt(i -> framework.indicator(i.code()) == null
                ? Integer.MAX_VALUE
                : framework.indicator(i.code()).order()));
        claims.claim(me, unit, c, rowVersion);
        agreements.replaceIndicators(id, updated);
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                DraftClaims.key(c.agreement()) + "/" + code,
                AuditAction.ADD_INDICATOR,
                null,
                DraftClaims.indicatorText(updated.stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst()
                        .orElseThrow()),
                null);
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /** Removes an IKU (with its targets) from a draft. */
    @Transactional
    public AgreementVersion removeIndicator(CurrentUser me, Unit unit, long id, Integer rowVersion, String code) {
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
        PerformanceAgreement.Indicator removed = c.agreement().indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> UserError.invalid("agreement.error.notInAgreement", code));
        List<PerformanceAgreement.Indicator> updated = c.agreement().indicators().stream()
                .filter(i -> !i.code().equals(code))
                .toList();
        claims.claim(me, unit, c, rowVersion);
        agreements.replaceIndicators(id, updated);
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                DraftClaims.key(c.agreement()) + "/" + code,
                AuditAction.REMOVE_INDICATOR,
                DraftClaims.indicatorText(removed),
                null,
                null);
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /** The budget lines of a draft (rows with every field blank are dropped). */
    @Transactional
    public AgreementVersion updateBudget(
            CurrentUser me, Unit unit, long id, Integer rowVersion, List<AgreementForms.BudgetLine> lines) {
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
        List<BudgetItem> items = AgreementForms.budget(lines);
        Map<String, String> before = c.agreement().budget().stream()
                .collect(Collectors.toMap(
                        BudgetItem::code, AgreementCommands::budgetText, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> after = items.stream()
                .collect(Collectors.toMap(
                        BudgetItem::code, AgreementCommands::budgetText, (a, b) -> a, LinkedHashMap::new));
        boolean sameOrder = c.agreement().budget().stream()
                .map(BudgetItem::code)
                .toList()
                .equals(items.stream().map(BudgetItem::code).toList());
        if (before.equals(after) && sameOrder) {
            return c.version();
        }
        claims.claim(me, unit, c, rowVersion);
        agreements.replaceBudget(id, items);
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String code : all) {
            if (!Objects.equals(before.get(code), after.get(code))) {
                audit.record(
                        me.username(),
                        unit.id(),
                        ENTITY,
                        DraftClaims.key(c.agreement()) + "/budget/" + code,
                        AuditAction.BUDGET,
                        before.get(code),
                        after.get(code),
                        null);
            }
        }
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /**
     * The head signs a draft: it becomes SIGNED (locked) and the agreement in force; a previously signed version of
     * the year becomes SUPERSEDED. Number, date, both signatories and at least one IKU are required, and the head's
     * explicit confirmation; a revision (version 2 and later) also needs the reason for it, kept in the audit trail.
     *
     * @param confirmed the head ticked that they checked the agreement (and its changes) and sign it
     * @param reason    why the agreement is revised (required for a revision, ignored for a first version)
     */
    @Transactional
    public AgreementVersion sign(
            CurrentUser me, Unit unit, long id, Integer rowVersion, boolean confirmed, String reason) {
        UnitAccess.require(access.canSignAgreement(me, unit.id()));
        AgreementVersion version = claims.version(unit, id);
        DraftClaims.requireDraft(version);
        claims.requireVersion(version, rowVersion);
        PerformanceAgreement a = agreements.findById(id).orElseThrow();
        if (!StringUtils.hasText(a.number())) {
            throw UserError.invalid("agreement.error.signMissing", AgreementForms.field("agreement.field.number"));
        }
        if (a.date() == null) {
            throw UserError.invalid("agreement.error.signMissing", AgreementForms.field("agreement.field.date"));
        }
        if (!StringUtils.hasText(a.firstParty().name())) {
            throw UserError.invalid("agreement.error.signMissing", AgreementForms.field("agreement.field.firstName"));
        }
        if (!StringUtils.hasText(a.secondParty().name())) {
            throw UserError.invalid("agreement.error.signMissing", AgreementForms.field("agreement.field.secondName"));
        }
        if (a.indicators().isEmpty()) {
            throw UserError.invalid("agreement.error.signNoIndicators");
        }
        if (!confirmed) {
            throw UserError.invalid("agreement.error.signConfirm");
        }
        boolean revision = a.version() > 1;
        String why = reason == null ? "" : reason.strip();
        if (revision && why.isEmpty()) {
            throw UserError.invalid("agreement.error.signReason", a.version());
        }
        if (why.length() > 1000) {
            throw UserError.invalid("agreement.error.signReasonLong", 1000);
        }
        List<Integer> superseded = agreements.supersedeOthers(unit.id(), a.year(), id, me.username());
        if (!agreements.sign(id, rowVersion, me.username())) {
            throw claims.stale(unit, id);
        }
        for (Integer v : superseded) {
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    a.year() + "/v" + v,
                    AuditAction.SUPERSEDE,
                    "SIGNED",
                    "SUPERSEDED",
                    "v" + a.version());
        }
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                DraftClaims.key(a),
                AuditAction.SIGN,
                "DRAFT",
                "SIGNED " + a.number(),
                revision ? why : null);
        events.publishEvent(new AgreementSigned(id, unit.id(), a.year(), a.version(), me.username()));
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /**
     * A revision of the signed agreement: a new version (N+1) as DRAFT with everything copied. The signed version
     * stays in force until the revision is signed. Only one draft per year at a time.
     */
    @Transactional
    public AgreementVersion revise(CurrentUser me, Unit unit, long id, Integer rowVersion) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        AgreementVersion version = claims.version(unit, id);
        if (version.status() != AgreementStatus.SIGNED) {
            throw UserError.conflict(
                    "agreement.error.reviseNotSigned", version.version(), DraftClaims.status(version.status()));
        }
        claims.requireVersion(version, rowVersion);
        PerformanceAgreement a = agreements.findById(id).orElseThrow();
        Optional<AgreementVersion> draft = agreements.versions(unit.id(), a.year()).stream()
                .filter(v -> v.status() == AgreementStatus.DRAFT)
                .findFirst();
        if (draft.isPresent()) {
            throw UserError.conflict("agreement.error.draftExists", draft.get().version());
        }
        int next = agreements.nextVersion(unit.id(), a.year());
        long newId;
        try {
            newId = agreements.create(
                    unit.id(),
                    a.year(),
                    a.frameworkVersionId(),
                    next,
                    a.number(),
                    a.date(),
                    a.place(),
                    AgreementStatus.DRAFT,
                    a.firstParty(),
                    a.secondParty(),
                    a.indicators(),
                    a.budget(),
                    me.username());
        } catch (DuplicateKeyException e) {
            throw UserError.conflict("agreement.error.draftExists", next);
        }
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                a.year() + "/v" + next,
                AuditAction.REVISE,
                "v" + a.version() + " SIGNED",
                "v" + next + " DRAFT",
                null);
        return agreements.find(unit.id(), newId).orElseThrow();
    }

    private static String headerText(String number, LocalDate date, String place, Party first, Party second) {
        return "nomor=" + Objects.toString(number, "") + "; tanggal=" + Objects.toString(date, "") + "; tempat="
                + Objects.toString(place, "") + "; pihak pertama=" + Objects.toString(first.name(), "") + " ("
                + Objects.toString(first.position(), "") + "); pihak kedua=" + Objects.toString(second.name(), "")
                + " (" + Objects.toString(second.position(), "") + ")";
    }

    private static String budgetText(BudgetItem b) {
        return b.name() + "; " + b.amount().toPlainString();
    }
}
