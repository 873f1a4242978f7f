package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.DraftClaims;
import id.kinerja.agreement.internal.IndicatorRules;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.web.FormValidation;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The PK editor's commands. A unit's agreement for a year has versions: the performance administrator creates a
 * DRAFT (v1 from the year's framework or from last year's agreement, or a revision N+1 copying the signed one) and
 * edits it (header, IKU with weights and targets, budget lines); both parties sign it, the unit's head and the head
 * of the unit above, and only then is it SIGNED (locked; the previously signed version becomes SUPERSEDED and stays
 * readable; {@link AgreementSigned} is published inside the transaction of the completing signature). The agreement
 * in force is
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
    private final TimeFormats times;

    AgreementCommands(
            UnitAccess access,
            AgreementRepository agreements,
            DraftClaims claims,
            FrameworkCatalog frameworks,
            Units units,
            AuditLog audit,
            ApplicationEventPublisher events,
            FormValidation forms,
            TimeFormats times) {
        this.times = times;
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
     * A first draft (version 1) for a year without any agreement, under a framework version of that year (null: the
     * year's framework, {@link #frameworkOfYear}): every IKU of the framework with its default weight and no
     * targets; the signatories from the unit tree.
     */
    @Transactional
    public AgreementVersion create(CurrentUser me, Unit unit, int year, Long frameworkVersionId) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        if (!agreements.versions(unit.id(), year).isEmpty()) {
            throw UserError.conflict("agreement.error.exists", year);
        }
        FrameworkVersion version = (frameworkVersionId == null
                        ? Optional.of(frameworkOfYear(year, null))
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
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
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
        if (!before.equals(after)) {
            // a header saved unchanged leaves the draft (and a party's signature of it) as it is
            claims.claim(me, unit, c, rowVersion);
            agreements.updateHeader(id, number, date, place, first, second);
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
        return replaceIndicators(me, unit, id, rowVersion, c, updated);
    }

    /**
     * Weights and targets of IKU of a draft as numbers (the API): each given IKU must be in the agreement and gets
     * the weight and the targets given (a period not given has no target); IKU not given keep theirs. The rules of
     * the editor's form apply ({@link IndicatorRules}); nothing is saved when one is broken.
     */
    @Transactional
    public AgreementVersion setIndicators(
            CurrentUser me, Unit unit, long id, Integer rowVersion, List<PerformanceAgreement.Indicator> given) {
        DraftClaims.Claimed c = claims.requireEditable(me, unit, id, rowVersion);
        Framework framework = frameworks.framework(c.agreement().frameworkVersionId());
        Map<String, PerformanceAgreement.Indicator> byCode = new LinkedHashMap<>();
        for (PerformanceAgreement.Indicator i : given) {
            if (c.agreement().indicators().stream().noneMatch(a -> a.code().equals(i.code()))) {
                throw UserError.invalid("agreement.error.notInAgreement", i.code());
            }
            if (byCode.put(i.code(), i) != null) {
                throw UserError.conflict("agreement.error.duplicateIndicator", i.code());
            }
        }
        List<PerformanceAgreement.Indicator> updated = c.agreement().indicators().stream()
                .map(old -> byCode.getOrDefault(old.code(), old))
                .toList();
        IndicatorRules.check(framework, updated);
        return replaceIndicators(me, unit, id, rowVersion, c, updated);
    }

    private AgreementVersion replaceIndicators(
            CurrentUser me,
            Unit unit,
            long id,
            Integer rowVersion,
            DraftClaims.Claimed c,
            List<PerformanceAgreement.Indicator> updated) {
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
     * One party signs a draft (docs/domain.md, "Signing the PK"): the unit's head as the first party, the head of the
     * unit directly above as the second ({@code party} null: the one the user may sign as). The agreement becomes
     * SIGNED (locked, in force; a previously signed version of the year becomes SUPERSEDED; {@link AgreementSigned}
     * published, once) only when both have signed; a unit without a parent (headquarters) needs its first party
     * only. Number, date, both signatories and at least one IKU are required, and the signer's explicit
     * confirmation; the first signature of a revision (version 2 and later) also needs the reason for it. Each
     * signature is audited; an edit of the draft afterwards withdraws the signatures given ({@link DraftClaims}).
     *
     * @param party     the party signed as; null: the first party for the unit's head, the second for the head above
     * @param confirmed the signer ticked that they checked the agreement (and its changes) and sign it
     * @param reason    why the agreement is revised (required at the first signature of a revision)
     */
    @Transactional
    public AgreementVersion sign(
            CurrentUser me,
            Unit unit,
            long id,
            Integer rowVersion,
            AgreementParty party,
            boolean confirmed,
            String reason) {
        AgreementParty as = partyOf(me, unit, party);
        AgreementVersion version = claims.version(unit, id);
        DraftClaims.requireDraft(version);
        claims.requireVersion(version, rowVersion);
        if (version.signedBy(as) != null) {
            throw UserError.conflict(
                    "agreement.error.alreadySigned",
                    partyName(as),
                    version.signedBy(as),
                    times.format(version.signedAt(as)));
        }
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
        if (unit.parentId() != null && !StringUtils.hasText(a.secondParty().name())) {
            throw UserError.invalid("agreement.error.signMissing", AgreementForms.field("agreement.field.secondName"));
        }
        if (a.indicators().isEmpty()) {
            throw UserError.invalid("agreement.error.signNoIndicators");
        }
        if (!confirmed) {
            throw UserError.invalid("agreement.error.signConfirm");
        }
        AgreementParty other = as == AgreementParty.FIRST ? AgreementParty.SECOND : AgreementParty.FIRST;
        boolean otherSigned = version.signedBy(other) != null;
        boolean revision = a.version() > 1;
        String why = reason == null ? "" : reason.strip();
        if (revision && why.isEmpty() && !otherSigned) {
            throw UserError.invalid("agreement.error.signReason", a.version());
        }
        if (why.length() > 1000) {
            throw UserError.invalid("agreement.error.signReasonLong", 1000);
        }
        if (!agreements.signAs(id, rowVersion, as, me.username())) {
            throw claims.stale(unit, id);
        }
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                DraftClaims.key(a),
                as == AgreementParty.FIRST ? AuditAction.SIGN_FIRST_PARTY : AuditAction.SIGN_SECOND_PARTY,
                null,
                as == AgreementParty.FIRST
                        ? a.firstParty().name()
                        : a.secondParty().name(),
                why.isEmpty() ? null : why);
        boolean complete = otherSigned || (as == AgreementParty.FIRST && unit.parentId() == null);
        if (!complete) {
            return agreements.find(unit.id(), id).orElseThrow();
        }
        String revisionReason = !revision ? null : !why.isEmpty() ? why : firstSignatureReason(unit, a);
        List<Integer> superseded = agreements.supersedeOthers(unit.id(), a.year(), id, me.username());
        if (!agreements.putInForce(id, me.username())) {
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
                revisionReason);
        events.publishEvent(new AgreementSigned(id, unit.id(), a.year(), a.version(), me.username()));
        return agreements.find(unit.id(), id).orElseThrow();
    }

    /** The party the user signs as: the one asked for if the user may sign as it, else refused (403). */
    private AgreementParty partyOf(CurrentUser me, Unit unit, AgreementParty asked) {
        boolean first = access.canSignAgreement(me, unit.id());
        boolean second = access.canSignAgreementAsSuperior(me, unit);
        if (asked == AgreementParty.FIRST || (asked == null && first)) {
            UnitAccess.require(first);
            return AgreementParty.FIRST;
        }
        UnitAccess.require(second);
        return AgreementParty.SECOND;
    }

    /** The revision's reason given with the other party's signature, kept in the audit trail. */
    private String firstSignatureReason(Unit unit, PerformanceAgreement a) {
        return audit.find(unit.id(), ENTITY, DraftClaims.key(a)).stream()
                .filter(e -> e.entityKey().equals(DraftClaims.key(a)))
                .filter(e -> e.kind() == AuditAction.SIGN_FIRST_PARTY || e.kind() == AuditAction.SIGN_SECOND_PARTY)
                .map(AuditEvent::reason)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** A party's name in the reader's language ({@code agreement.firstParty}, {@code agreement.secondParty}). */
    static DefaultMessageSourceResolvable partyName(AgreementParty party) {
        return AgreementForms.field(party == AgreementParty.FIRST ? "agreement.firstParty" : "agreement.secondParty");
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

    /**
     * "Buat PK {year} dari PK {year-1}" for one unit: a first draft of {@code year} under that year's framework
     * ({@link #frameworkOfYear}) with last year's IKU and weights where the new framework still has the IKU (the
     * others are dropped and reported), no targets, no number or date; the place kept; the parties from the unit
     * tree (the unit's head and the head of the unit above; last year's names and positions where the unit record
     * has none). The unit's performance administrator, or an administrator of the unit or above.
     *
     * @throws UserError no framework of the year, an agreement of the year already there, none last year
     */
    @Transactional
    public YearStart startFromPrevious(CurrentUser me, Unit unit, int year) {
        UnitAccess.require(access.canStartAgreement(me, unit.id()));
        frameworkOfYear(year, null);
        YearStart done = startYear(me, unit, year, new HashMap<>());
        if (!done.created()) {
            throw new UserError(
                    HttpStatus.CONFLICT,
                    done.skipReason().getCodes()[0],
                    done.skipReason().getArguments());
        }
        return done;
    }

    /**
     * The same for every unit below {@code parent} (a Kanwil's offices; for headquarters every Kanwil and office)
     * at once, by an administrator of {@code parent} or above: one transaction, so either every draft is created or,
     * when one fails, none. A unit that already has an agreement of the year or had none the year before is skipped
     * with the reason; sections are not offices and are left out.
     *
     * @throws UserError no framework of the year
     */
    @Transactional
    public List<YearStart> startOfficesBelow(CurrentUser me, Unit parent, int year) {
        UnitAccess.require(me.has(Role.ADMINISTRATOR) && access.isWithin(parent.id(), me.unitId()));
        frameworkOfYear(year, null);
        Map<String, FrameworkVersion> chosen = new HashMap<>();
        List<YearStart> out = new ArrayList<>();
        for (long id : units.subtreeIds(parent.id())) {
            if (id == parent.id()) {
                continue;
            }
            Unit unit = units.findById(id).orElseThrow();
            if (unit.type() == UnitType.SECTION) {
                continue;
            }
            out.add(startYear(me, unit, year, chosen));
        }
        out.sort(Comparator.comparing(r -> r.unit().code()));
        return out;
    }

    private YearStart startYear(CurrentUser me, Unit unit, int year, Map<String, FrameworkVersion> chosen) {
        if (!agreements.versions(unit.id(), year).isEmpty()) {
            return skipped(unit, year, "agreement.skip.exists", year);
        }
        Optional<PerformanceAgreement> previous = agreements.findCurrent(unit.id(), year - 1);
        if (previous.isEmpty()) {
            return skipped(unit, year, "agreement.skip.noPrevious", year - 1);
        }
        PerformanceAgreement last = previous.get();
        String lastCode = frameworks
                .version(last.frameworkVersionId())
                .map(FrameworkVersion::code)
                .orElse(null);
        FrameworkVersion version =
                chosen.computeIfAbsent(String.valueOf(lastCode), c -> frameworkOfYear(year, lastCode));
        Framework framework = frameworks.framework(version.id());
        List<PerformanceAgreement.Indicator> carried = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (PerformanceAgreement.Indicator i : last.indicators()) {
            if (framework.indicator(i.code()) == null) {
                dropped.add(i.code());
            } else {
                carried.add(new PerformanceAgreement.Indicator(i.code(), i.weight(), Map.of()));
            }
        }
        carried.sort(Comparator.comparingInt(i -> framework.indicator(i.code()).order()));
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        Party first = new Party(
                firstText(unit.headName(), last.firstParty().name()),
                firstText(last.firstParty().position(), "Kepala " + unit.name()));
        Party second = parent == null
                ? new Party(last.secondParty().name(), last.secondParty().position())
                : new Party(
                        firstText(parent.headName(), last.secondParty().name()),
                        firstText(last.secondParty().position(), "Kepala " + parent.name()));
        long id;
        try {
            id = agreements.create(
                    unit.id(),
                    year,
                    version.id(),
                    1,
                    null,
                    null,
                    last.place(),
                    AgreementStatus.DRAFT,
                    first,
                    second,
                    carried,
                    List.of(),
                    me.username());
        } catch (DuplicateKeyException e) {
            throw UserError.conflict("agreement.error.exists", year);
        }
        List<String> carriedCodes =
                carried.stream().map(PerformanceAgreement.Indicator::code).toList();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                year + "/v1",
                AuditAction.START_YEAR,
                (year - 1) + "/v" + last.version(),
                version.code() + " v" + version.version() + "; " + carried.size() + " IKU"
                        + (dropped.isEmpty()
                                ? ""
                                : "; tidak ada di manual " + year + ": " + String.join(", ", dropped)),
                null);
        return new YearStart(
                unit,
                year,
                agreements.find(unit.id(), id).orElseThrow(),
                last.version(),
                carriedCodes,
                List.copyOf(dropped),
                null);
    }

    private static YearStart skipped(Unit unit, int year, String code, Object... args) {
        return new YearStart(
                unit,
                year,
                null,
                null,
                List.of(),
                List.of(),
                new DefaultMessageSourceResolvable(new String[] {code}, args));
    }

    private static String firstText(String a, String b) {
        return StringUtils.hasText(a) ? a.strip() : StringUtils.hasText(b) ? b.strip() : null;
    }

    /**
     * The framework (Manual IKU) of a year through {@link FrameworkCatalog}: the newest version of the framework
     * that continues {@code previousCode} (its code with the year replaced, {@code djp-kpp-pratama-2024} becomes
     * {@code djp-kpp-pratama-2025}), else the newest version of the year's framework (by code when there are
     * several).
     *
     * @throws UserError {@code agreement.error.noFrameworkYear} when the year has none
     */
    public FrameworkVersion frameworkOfYear(int year, String previousCode) {
        List<FrameworkVersion> ofYear =
                frameworks.all().stream().filter(f -> f.year() == year).toList();
        if (ofYear.isEmpty()) {
            throw UserError.invalid("agreement.error.noFrameworkYear", year);
        }
        String continued =
                previousCode == null ? null : previousCode.replace(String.valueOf(year - 1), String.valueOf(year));
        Comparator<FrameworkVersion> newest = Comparator.comparingInt(FrameworkVersion::version);
        return ofYear.stream()
                .filter(f -> f.code().equals(continued))
                .max(newest)
                .orElseGet(() -> ofYear.stream()
                        .min(Comparator.comparing(FrameworkVersion::code).thenComparing(newest.reversed()))
                        .orElseThrow());
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
