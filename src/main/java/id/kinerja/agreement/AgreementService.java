package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.internal.UnitRepository;
import id.kinerja.scoring.Target;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The performance agreement (PK) editor. A unit's agreement for a year has versions: the performance
 * administrator creates a DRAFT (v1, or a revision N+1 copying the signed one) and edits it (header, IKU with
 * weights and targets, budget lines); the head signs it (SIGNED: locked; the previously signed version becomes
 * SUPERSEDED and stays readable). The agreement in force is {@link AgreementRepository#findCurrent}: the signed
 * version, so a revision being drafted changes no score until it is signed. Every edit is one transaction,
 * claims the draft at the row version its form was loaded with (a stale form changes nothing: 409 naming who
 * changed it and when) and is audited (entity {@code agreement}, key {@code year/vN[/...]}).
 */
@Service
public class AgreementService {

    static final String ENTITY = "agreement";

    /** The header fields as typed (the date as {@code yyyy-MM-dd}, from a date input). */
    public record Header(
            String number,
            String date,
            String place,
            String firstName,
            String firstPosition,
            String secondName,
            String secondPosition) {}

    /** A budget line as typed. */
    public record BudgetLine(String code, String name, String amount) {}

    /** What the current user may do with the version shown. */
    public record Permissions(boolean edit, boolean sign, boolean revise, boolean create) {}

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
            Permissions permissions,
            List<Indicator> addable,
            List<FrameworkVersion> frameworksOfYear,
            List<AuditEvent> history) {

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

    private final UnitAccess access;
    private final AgreementRepository agreements;
    private final AgreementDrafts drafts;
    private final FrameworkCatalog frameworks;
    private final UnitRepository units;
    private final AuditLog audit;
    private final TimeFormats times;

    AgreementService(
            UnitAccess access,
            AgreementRepository agreements,
            AgreementDrafts drafts,
            FrameworkCatalog frameworks,
            UnitRepository units,
            AuditLog audit,
            TimeFormats times) {
        this.access = access;
        this.agreements = agreements;
        this.drafts = drafts;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
        this.times = times;
    }

    // ------------------------------------------------------------------ reading

    /** The page for a year: version {@code version} if given (404 when unknown), else the one in force. */
    @Transactional(readOnly = true)
    public View view(CurrentUser me, Unit unit, int year, Integer version) {
        List<AgreementVersion> versions = drafts.versions(unit.id(), year);
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
        boolean canEdit = access.canEditAgreement(me, unit.id());
        boolean isDraft = shownVersion != null && shownVersion.status() == AgreementStatus.DRAFT;
        Permissions permissions = new Permissions(
                canEdit && isDraft,
                access.canSignAgreement(me, unit.id()) && isDraft,
                canEdit && shownVersion != null && shownVersion.status() == AgreementStatus.SIGNED && draft == null,
                canEdit && versions.isEmpty());
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
                audit.find(unit.id(), ENTITY, year + "/"));
    }

    // ------------------------------------------------------------------ writing

    /**
     * A first draft (version 1) for a year without any agreement, under a framework version of that year: every
     * IKU of the framework with its default weight and no targets; the signatories from the unit tree.
     */
    @Transactional
    public AgreementVersion create(CurrentUser me, Unit unit, int year, Long frameworkVersionId) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        if (!drafts.versions(unit.id(), year).isEmpty()) {
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
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /** Number, date, place and signatories of a draft. */
    @Transactional
    public AgreementVersion updateHeader(CurrentUser me, Unit unit, long id, Integer rowVersion, Header header) {
        Claimed c = claimForEdit(me, unit, id, rowVersion);
        String number = text(header.number(), 128, "agreement.field.number");
        LocalDate date = date(header.date());
        String place = text(header.place(), 128, "agreement.field.place");
        Party first = new Party(
                text(header.firstName(), 255, "agreement.field.firstName"),
                text(header.firstPosition(), 255, "agreement.field.firstPosition"));
        Party second = new Party(
                text(header.secondName(), 255, "agreement.field.secondName"),
                text(header.secondPosition(), 255, "agreement.field.secondPosition"));
        String before = headerText(
                c.agreement().number(),
                c.agreement().date(),
                c.agreement().place(),
                c.agreement().firstParty(),
                c.agreement().secondParty());
        String after = headerText(number, date, place, first, second);
        drafts.updateHeader(id, number, date, place, first, second);
        if (!before.equals(after)) {
            audit.record(me.username(), unit.id(), ENTITY, key(c.agreement()), AuditAction.HEADER, before, after, null);
        }
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /**
     * Weights and targets of every IKU of a draft, from the form's fields {@code weight.CODE},
     * {@code target.CODE.PERIOD} (blank: no target that period) and, for a range IKU, {@code upper.CODE.PERIOD}.
     * Nothing is saved when any field is invalid; the message names the IKU and field.
     */
    @Transactional
    public AgreementVersion updateIndicators(
            CurrentUser me, Unit unit, long id, Integer rowVersion, Map<String, String> fields) {
        Claimed c = requireEditable(me, unit, id, rowVersion);
        Framework framework = frameworks.framework(c.agreement().frameworkVersionId());
        List<PerformanceAgreement.Indicator> updated = new ArrayList<>();
        for (PerformanceAgreement.Indicator old : c.agreement().indicators()) {
            String code = old.code();
            String weightText = fields.get("weight." + code);
            BigDecimal weight = weightText == null ? old.weight() : weight(code, weightText);
            Map<Period, Target> targets = new EnumMap<>(Period.class);
            Indicator indicator = framework.indicator(code);
            boolean range = indicator != null && indicator.polarity() == Polarity.RANGE;
            for (Period p : Period.values()) {
                String field = "target." + code + "." + p.name();
                if (!fields.containsKey(field)) {
                    if (old.targets().get(p) != null) {
                        targets.put(p, old.targets().get(p)); // not in the form: kept as it is
                    }
                    continue;
                }
                String t = fields.get(field);
                if (blank(t)) {
                    continue;
                }
                BigDecimal value = number(t, "agreement.error.target", code, PeriodNames.of(p));
                BigDecimal upper = null;
                if (range) {
                    String u = fields.get("upper." + code + "." + p.name());
                    if (blank(u)) {
                        throw UserError.invalid("agreement.error.upperMissing", code, PeriodNames.of(p));
                    }
                    upper = number(u, "agreement.error.upper", code, PeriodNames.of(p));
                    if (upper.compareTo(value) < 0) {
                        throw UserError.invalid("agreement.error.upperBelow", code, PeriodNames.of(p));
                    }
                }
                targets.put(p, new Target(value, upper));
            }
            updated.add(new PerformanceAgreement.Indicator(code, weight, targets));
        }
        List<String[]> changes = new ArrayList<>();
        for (int i = 0; i < updated.size(); i++) {
            String before = indicatorText(c.agreement().indicators().get(i));
            String after = indicatorText(updated.get(i));
            if (!before.equals(after)) {
                changes.add(new String[] {updated.get(i).code(), before, after});
            }
        }
        if (changes.isEmpty()) {
            return c.version();
        }
        claim(me, unit, c, rowVersion);
        drafts.replaceIndicators(id, updated);
        for (String[] change : changes) {
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    key(c.agreement()) + "/" + change[0],
                    AuditAction.INDICATORS,
                    change[1],
                    change[2],
                    null);
        }
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /** Adds an IKU of the agreement's framework, with the framework's weight and no targets yet. */
    @Transactional
    public AgreementVersion addIndicator(CurrentUser me, Unit unit, long id, Integer rowVersion, String code) {
        Claimed c = requireEditable(me, unit, id, rowVersion);
        Framework framework = frameworks.framework(c.agreement().frameworkVersionId());
        Indicator indicator = code == null ? null : framework.indicator(code);
        if (indicator == null) {
            throw UserError.invalid("agreement.error.unknownIndicator", code == null ? "" : code);
        }
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
        claim(me, unit, c, rowVersion);
        drafts.replaceIndicators(id, updated);
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(c.agreement()) + "/" + code,
                AuditAction.ADD_INDICATOR,
                null,
                indicatorText(updated.stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst()
                        .orElseThrow()),
                null);
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /** Removes an IKU (with its targets) from a draft. */
    @Transactional
    public AgreementVersion removeIndicator(CurrentUser me, Unit unit, long id, Integer rowVersion, String code) {
        Claimed c = requireEditable(me, unit, id, rowVersion);
        PerformanceAgreement.Indicator removed = c.agreement().indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> UserError.invalid("agreement.error.notInAgreement", code));
        List<PerformanceAgreement.Indicator> updated = c.agreement().indicators().stream()
                .filter(i -> !i.code().equals(code))
                .toList();
        claim(me, unit, c, rowVersion);
        drafts.replaceIndicators(id, updated);
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(c.agreement()) + "/" + code,
                AuditAction.REMOVE_INDICATOR,
                indicatorText(removed),
                null,
                null);
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /** The budget lines of a draft (rows with every field blank are dropped). */
    @Transactional
    public AgreementVersion updateBudget(
            CurrentUser me, Unit unit, long id, Integer rowVersion, List<BudgetLine> lines) {
        Claimed c = requireEditable(me, unit, id, rowVersion);
        List<BudgetItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int row = 0;
        for (BudgetLine line : lines) {
            row++;
            if (blank(line.code()) && blank(line.name()) && blank(line.amount())) {
                continue;
            }
            String code = line.code() == null ? "" : line.code().strip();
            String label = code.isEmpty() ? "#" + row : code;
            if (code.isEmpty()) {
                throw UserError.invalid("agreement.error.budgetCode", label);
            }
            if (code.length() > 64) {
                throw UserError.invalid("agreement.error.tooLong", field("agreement.field.budgetCode"), 64);
            }
            if (!codes.add(code)) {
                throw UserError.invalid("agreement.error.budgetDuplicate", code);
            }
            if (blank(line.name())) {
                throw UserError.invalid("agreement.error.budgetName", label);
            }
            if (line.name().strip().length() > 512) {
                throw UserError.invalid("agreement.error.tooLong", field("agreement.field.budgetName"), 512);
            }
            if (blank(line.amount())) {
                throw UserError.invalid("agreement.error.budgetAmount", label, "");
            }
            BigDecimal amount = number(line.amount(), "agreement.error.budgetAmount", label);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0 || amount.precision() > 20) {
                throw UserError.invalid(
                        "agreement.error.budgetAmount", label, line.amount().strip());
            }
            items.add(new BudgetItem(code, line.name().strip(), amount.setScale(0)));
        }
        Map<String, String> before = c.agreement().budget().stream()
                .collect(Collectors.toMap(
                        BudgetItem::code, AgreementService::budgetText, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> after = items.stream()
                .collect(Collectors.toMap(
                        BudgetItem::code, AgreementService::budgetText, (a, b) -> a, LinkedHashMap::new));
        boolean sameOrder = c.agreement().budget().stream()
                .map(BudgetItem::code)
                .toList()
                .equals(items.stream().map(BudgetItem::code).toList());
        if (before.equals(after) && sameOrder) {
            return c.version();
        }
        claim(me, unit, c, rowVersion);
        drafts.replaceBudget(id, items);
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String code : all) {
            if (!Objects.equals(before.get(code), after.get(code))) {
                audit.record(
                        me.username(),
                        unit.id(),
                        ENTITY,
                        key(c.agreement()) + "/budget/" + code,
                        AuditAction.BUDGET,
                        before.get(code),
                        after.get(code),
                        null);
            }
        }
        return drafts.find(unit.id(), id).orElseThrow();
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
        AgreementVersion version = version(unit, id);
        requireDraft(version);
        requireVersion(version, rowVersion);
        PerformanceAgreement a = agreements.findById(id).orElseThrow();
        if (blank(a.number())) {
            throw UserError.invalid("agreement.error.signMissing", field("agreement.field.number"));
        }
        if (a.date() == null) {
            throw UserError.invalid("agreement.error.signMissing", field("agreement.field.date"));
        }
        if (blank(a.firstParty().name())) {
            throw UserError.invalid("agreement.error.signMissing", field("agreement.field.firstName"));
        }
        if (blank(a.secondParty().name())) {
            throw UserError.invalid("agreement.error.signMissing", field("agreement.field.secondName"));
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
        List<Integer> superseded = drafts.supersedeOthers(unit.id(), a.year(), id, me.username());
        if (!drafts.sign(id, rowVersion, me.username())) {
            throw stale(unit, id);
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
                key(a),
                AuditAction.SIGN,
                "DRAFT",
                "SIGNED " + a.number(),
                revision ? why : null);
        return drafts.find(unit.id(), id).orElseThrow();
    }

    /**
     * A revision of the signed agreement: a new version (N+1) as DRAFT with everything copied. The signed version
     * stays in force until the revision is signed. Only one draft per year at a time.
     */
    @Transactional
    public AgreementVersion revise(CurrentUser me, Unit unit, long id, Integer rowVersion) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        AgreementVersion version = version(unit, id);
        if (version.status() != AgreementStatus.SIGNED) {
            throw UserError.conflict("agreement.error.reviseNotSigned", version.version(), status(version.status()));
        }
        requireVersion(version, rowVersion);
        PerformanceAgreement a = agreements.findById(id).orElseThrow();
        Optional<AgreementVersion> draft = drafts.versions(unit.id(), a.year()).stream()
                .filter(v -> v.status() == AgreementStatus.DRAFT)
                .findFirst();
        if (draft.isPresent()) {
            throw UserError.conflict("agreement.error.draftExists", draft.get().version());
        }
        int next = drafts.nextVersion(unit.id(), a.year());
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
        return drafts.find(unit.id(), newId).orElseThrow();
    }

    // ------------------------------------------------------------------ checks

    private record Claimed(AgreementVersion version, PerformanceAgreement agreement) {}

    /** Permission, draft status and row version checked, then the draft claimed (for edits that always write). */
    private Claimed claimForEdit(CurrentUser me, Unit unit, long id, Integer rowVersion) {
        Claimed c = requireEditable(me, unit, id, rowVersion);
        claim(me, unit, c, rowVersion);
        return c;
    }

    private Claimed requireEditable(CurrentUser me, Unit unit, long id, Integer rowVersion) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        AgreementVersion version = version(unit, id);
        requireDraft(version);
        requireVersion(version, rowVersion);
        return new Claimed(version, agreements.findById(id).orElseThrow());
    }

    private void claim(CurrentUser me, Unit unit, Claimed c, Integer rowVersion) {
        if (!drafts.claim(c.version().id(), rowVersion, me.username())) {
            throw stale(unit, c.version().id());
        }
    }

    private AgreementVersion version(Unit unit, long id) {
        return drafts.find(unit.id(), id)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perjanjian kinerja tidak ditemukan"));
    }

    private static void requireDraft(AgreementVersion v) {
        if (v.status() != AgreementStatus.DRAFT) {
            throw UserError.conflict("agreement.error.locked", v.version(), status(v.status()));
        }
    }

    private void requireVersion(AgreementVersion v, Integer rowVersion) {
        if (rowVersion == null || rowVersion != v.rowVersion()) {
            throw stale(v);
        }
    }

    private UserError stale(Unit unit, long id) {
        return stale(version(unit, id));
    }

    private UserError stale(AgreementVersion current) {
        return UserError.conflict(
                "agreement.error.stale",
                current.version(),
                current.lastBy(),
                times.format(current.lastAt()),
                status(current.status()));
    }

    private static DefaultMessageSourceResolvable status(AgreementStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"agreement.status." + status.name()}, status.name());
    }

    private static DefaultMessageSourceResolvable field(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    private static BigDecimal weight(String code, String text) {
        if (blank(text)) {
            throw UserError.invalid("agreement.error.weightMissing", code);
        }
        BigDecimal weight = number(text, "agreement.error.weightNumber", code);
        if (weight.signum() <= 0) {
            throw UserError.invalid("agreement.error.weight", code);
        }
        return weight;
    }

    private static BigDecimal number(String text, String message, Object... args) {
        String t = text.strip();
        try {
            if (t.length() > 40) {
                throw new IllegalArgumentException("too long");
            }
            return NumberParser.read(t);
        } catch (IllegalArgumentException e) {
            Object[] withText = Arrays.copyOf(args, args.length + 1);
            withText[args.length] = t.length() > 40 ? t.substring(0, 40) + "…" : t;
            throw UserError.invalid(message, withText);
        }
    }

    private static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserError.invalid("agreement.error.date", text.strip());
        }
    }

    private static String text(String text, int max, String field) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw UserError.invalid("agreement.error.tooLong", field(field), max);
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String key(PerformanceAgreement a) {
        return a.year() + "/v" + a.version();
    }

    private static String headerText(String number, LocalDate date, String place, Party first, Party second) {
        return "nomor=" + Objects.toString(number, "") + "; tanggal=" + Objects.toString(date, "") + "; tempat="
                + Objects.toString(place, "") + "; pihak pertama=" + Objects.toString(first.name(), "") + " ("
                + Objects.toString(first.position(), "") + "); pihak kedua=" + Objects.toString(second.name(), "")
                + " (" + Objects.toString(second.position(), "") + ")";
    }

    /** {@code bobot 26; Q1 12; Q2 35; ...} with plain numbers. */
    static String indicatorText(PerformanceAgreement.Indicator i) {
        StringBuilder sb = new StringBuilder("bobot ")
                .append(i.weight().stripTrailingZeros().toPlainString());
        for (Period p : Period.values()) {
            Target t = i.targets().get(p);
            if (t != null) {
                sb.append("; ")
                        .append(p.name())
                        .append(' ')
                        .append(t.value().stripTrailingZeros().toPlainString());
                if (t.upper() != null) {
                    sb.append('-').append(t.upper().stripTrailingZeros().toPlainString());
                }
            }
        }
        return sb.toString();
    }

    private static String budgetText(BudgetItem b) {
        return b.name() + "; " + b.amount().toPlainString();
    }
}
