package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.evidence.EvidenceGuard;
import id.kinerja.framework.Component;
import id.kinerja.framework.ComponentSet;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quarterly realization workflow of one IKU in one period (docs/architecture.md, "Realization workflow"):
 * <pre>
 *   (none) --save--> DRAFT --submit--> SUBMITTED --verify--> VERIFIED --approve--> APPROVED (locked)
 *                      ^  \                |  \                  |                      |
 *                      |   save            |   return(reason)    return(reason)         unlock(reason)
 *                      |                   v                     v                      |
 *                      +----save------- RETURNED <---------------+                      |
 *                      +--------------------------------------------------------------- +  (back to DRAFT)
 * </pre>
 * Save and submit: the PIC of the IKU or the performance administrator ({@link UnitAccess#canEnterRealization});
 * verify and return: the performance administrator; approve (only from VERIFIED): the head; unlock: an
 * administrator of the unit or above. Every write names the row version its form was loaded with; a stale
 * version changes nothing (409 with the current value and who changed it). Every transition and value change
 * is audited in the same transaction (entity {@code realization}, key {@code year/IKU/period}). Only APPROVED
 * realizations count in the official score ({@code ScorecardService}).
 */
@Service
public class RealizationService implements EvidenceGuard {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REASON = 1000;
    static final String ENTITY = "realization";

    /** What the current user may do now with one IKU's realization in one period. */
    public record Actions(
            boolean save, boolean submit, boolean verify, boolean giveBack, boolean approve, boolean unlock) {
        public boolean any() {
            return save || submit || verify || giveBack || approve || unlock;
        }
    }

    /**
     * What was typed in a realization form: a value, or the components' values by code; and a note. The numbers are
     * read in {@code style} (the user's language for a form, Indonesian for numbers written by the program);
     * {@code confirmed} is the explicit confirmation of a value the {@link #plausibility} check doubts.
     */
    public record Input(
            String value, Map<String, String> components, String note, NumberParser.Style style, boolean confirmed) {
        public Input {
            components = components == null ? Map.of() : Map.copyOf(components);
            style = style == null ? NumberParser.Style.of(NumberParser.userLocale()) : style;
        }

        /** Typed by the current user (their language), not confirmed. */
        public Input(String value, Map<String, String> components, String note) {
            this(value, components, note, null, false);
        }
    }

    /** How far a value may stray before it needs a confirmation: a percent above 1.000, or 100 times the previous. */
    public static final BigDecimal MAX_PLAUSIBLE_PERCENT = new BigDecimal("1000");

    public static final BigDecimal MAX_PLAUSIBLE_GROWTH = new BigDecimal("100");

    /**
     * Why a realization looks like a typing mistake rather than a figure ("98.765" read as 98765 for a percent):
     * the value of a percent IKU above {@link #MAX_PLAUSIBLE_PERCENT}, or a value at least
     * {@link #MAX_PLAUSIBLE_GROWTH} times the previous period's ({@link Period#previous()}; both non-zero). Empty
     * when plausible. The one rule for the web form, the API and the Excel import: such a value is saved only when
     * confirmed explicitly.
     *
     * @param previous the previous period's value, null when none is known
     * @return message arguments (keys {@code realization.plausibility.*}) in the order found
     */
    public static List<MessageSourceResolvable> plausibility(
            Indicator indicator, Period period, BigDecimal value, BigDecimal previous) {
        List<MessageSourceResolvable> doubts = new ArrayList<>();
        if (value == null) {
            return doubts;
        }
        if (indicator.unit() == MeasurementUnit.PERCENT && value.abs().compareTo(MAX_PLAUSIBLE_PERCENT) > 0) {
            doubts.add(new DefaultMessageSourceResolvable(
                    new String[] {"realization.plausibility.percent"},
                    new Object[] {shown(value), shown(MAX_PLAUSIBLE_PERCENT)},
                    "percent above 1000"));
        }
        Period before = period.previous();
        if (previous != null
                && before != null
                && previous.signum() != 0
                && value.signum() != 0
                && value.abs().compareTo(previous.abs().multiply(MAX_PLAUSIBLE_GROWTH)) >= 0) {
            doubts.add(new DefaultMessageSourceResolvable(
                    new String[] {"realization.plausibility.growth"},
                    new Object[] {shown(value), PeriodNames.of(before), shown(previous), shown(MAX_PLAUSIBLE_GROWTH)},
                    "100 times the previous period"));
        }
        return doubts;
    }

    private static String shown(BigDecimal value) {
        return NumberParser.format(value, NumberParser.Style.of(NumberParser.userLocale()));
    }

    /** A value the {@link #plausibility} check doubts, not confirmed: nothing was saved (400). */
    public static final class Implausible extends UserError {
        private final BigDecimal value;

        Implausible(String code, Period period, BigDecimal value, List<MessageSourceResolvable> doubts) {
            super(
                    HttpStatus.BAD_REQUEST,
                    "realization.error.implausible",
                    code,
                    PeriodNames.of(period),
                    doubts.get(0),
                    doubts.size() < 2
                            ? ""
                            : new DefaultMessageSourceResolvable(
                                    new String[] {"realization.plausibility.also"}, new Object[] {doubts.get(1)}, ""));
            this.value = value;
        }

        /** The value as read, to show it for confirmation. */
        public BigDecimal value() {
            return value;
        }
    }

    /**
     * One agreed IKU in one period: the manual's entry, the agreement's weight and target, what is entered,
     * the value the engine makes of everything entered (any status: derived aggregates and component results),
     * and the current user's actions.
     */
    public record Row(
            Indicator indicator,
            PerformanceAgreement.Indicator agreed,
            Period period,
            Target target,
            RealizationEntry entry,
            IndicatorScore computed,
            ComponentSet componentSet,
            Actions actions) {
        public String code() {
            return indicator.code();
        }

        public RealizationStatus status() {
            return entry == null ? null : entry.status();
        }

        /** The engine's value when it differs from what was typed: derived from quarters or from components. */
        public BigDecimal hint() {
            return computed != null && computed.realizationDerived() ? computed.realization() : null;
        }

        /**
         * An aggregate period (S1, s.d. Q3, Y) with nothing entered whose value the engine derives from the quarters
         * by the IKU's consolidation rule (docs/domain.md §4): not missing, nothing to fill in (it may be overridden).
         */
        public boolean derived() {
            return entry == null && period.isAggregate() && hint() != null;
        }
    }

    /** The table of one period: every IKU of the agreement in force. */
    public record Sheet(
            Unit unit, int year, Period period, PerformanceAgreement agreement, Framework framework, List<Row> rows) {
        public long count(RealizationStatus status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        /** The IKU with nothing entered and nothing derived: those still to be filled in. */
        public long missing() {
            return rows.stream().filter(r -> r.entry() == null && !r.derived()).count();
        }

        /** The IKU of an aggregate period whose value is derived from the quarters. */
        public long derivedCount() {
            return rows.stream().filter(Row::derived).count();
        }
    }

    private record Context(
            Unit unit, int year, PerformanceAgreement agreement, Framework framework, List<RealizationEntry> entries) {
        PerformanceAgreement.Indicator agreed(String code) {
            return agreement.indicators().stream()
                    .filter(i -> i.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }

        RealizationEntry entry(String code, Period period) {
            return entries.stream()
                    .filter(e -> e.indicatorCode().equals(code) && e.period() == period)
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Powers(boolean verify, boolean approve, boolean unlock) {}

    private final UnitAccess access;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final RealizationEntryRepository entries;
    private final AuditLog audit;
    private final TimeFormats times;
    private final ScoringEngine engine = new ScoringEngine();

    RealizationService(
            UnitAccess access,
            Agreements agreements,
            FrameworkCatalog frameworks,
            RealizationEntryRepository entries,
            AuditLog audit,
            TimeFormats times) {
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.entries = entries;
        this.audit = audit;
        this.times = times;
    }

    // ------------------------------------------------------------------ reading

    /** The period's table for the unit's agreement in force; empty when the unit has no agreement that year. */
    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(CurrentUser me, Unit unit, int year, Period period) {
        return context(unit, year).map(ctx -> {
            Powers powers = powers(me, unit);
            Scorecard computed = computed(ctx, period);
            List<Row> rows = ctx.agreement().indicators().stream()
                    .map(a -> row(me, ctx, powers, computed, a, period))
                    .toList();
            return new Sheet(unit, year, period, ctx.agreement(), ctx.framework(), rows);
        });
    }

    /** One IKU in one period; 404 when the IKU is not in the agreement in force. */
    @Transactional(readOnly = true)
    public Row row(CurrentUser me, Unit unit, int year, String code, Period period) {
        Context ctx = requireContext(unit, year);
        PerformanceAgreement.Indicator agreed = requireAgreed(ctx, code);
        return row(me, ctx, powers(me, unit), computed(ctx, period), agreed, period);
    }

    /** One IKU in all seven periods; 404 when the IKU is not in the agreement in force. */
    @Transactional(readOnly = true)
    public List<Row> rows(CurrentUser me, Unit unit, int year, String code) {
        Context ctx = requireContext(unit, year);
        PerformanceAgreement.Indicator agreed = requireAgreed(ctx, code);
        Powers powers = powers(me, unit);
        List<Row> rows = new ArrayList<>();
        for (Period p : Period.values()) {
            rows.add(row(me, ctx, powers, computed(ctx, p), agreed, p));
        }
        return rows;
    }

    /** Returns normally when the IKU is in the unit's agreement in force for the year; 404 otherwise. */
    @Transactional(readOnly = true)
    public void requireAgreed(Unit unit, int year, String code) {
        requireAgreed(requireContext(unit, year), code);
    }

    /** The first quarter with an agreed IKU not yet approved (the period being worked on), else Q4. */
    @Transactional(readOnly = true)
    public Period workingPeriod(Unit unit, int year) {
        Optional<Context> ctx = context(unit, year);
        if (ctx.isEmpty()) {
            return Period.Q1;
        }
        for (Period p : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
            for (PerformanceAgreement.Indicator i : ctx.get().agreement().indicators()) {
                RealizationEntry e = ctx.get().entry(i.code(), p);
                if (i.targets().containsKey(p) && (e == null || !e.locked())) {
                    return p;
                }
            }
        }
        return Period.Q4;
    }

    private Row row(
            CurrentUser me,
            Context ctx,
            Powers powers,
            Scorecard computed,
            PerformanceAgreement.Indicator agreed,
            Period period) {
        Indicator indicator = ctx.framework().indicator(agreed.code());
        RealizationEntry entry = ctx.entry(agreed.code(), period);
        return new Row(
                indicator,
                agreed,
                period,
                agreed.targets().get(period),
                entry,
                computed.indicator(agreed.code()),
                indicator.componentSetFor(period),
                actions(me, ctx.unit(), powers, agreed.code(), entry));
    }

    private Powers powers(CurrentUser me, Unit unit) {
        return new Powers(
                access.canVerify(me, unit.id()), access.canApprove(me, unit.id()), access.canUnlock(me, unit.id()));
    }

    private Actions actions(CurrentUser me, Unit unit, Powers powers, String code, RealizationEntry e) {
        RealizationStatus s = e == null ? null : e.status();
        boolean enter = access.canEnterRealization(me, unit.id(), code);
        boolean editable = s == null || s == RealizationStatus.DRAFT || s == RealizationStatus.RETURNED;
        return new Actions(
                enter && editable,
                enter && (s == RealizationStatus.DRAFT || s == RealizationStatus.RETURNED),
                powers.verify() && s == RealizationStatus.SUBMITTED,
                powers.verify() && (s == RealizationStatus.SUBMITTED || s == RealizationStatus.VERIFIED),
                powers.approve() && s == RealizationStatus.VERIFIED,
                powers.unlock() && s == RealizationStatus.APPROVED);
    }

    /** The engine over everything entered (any status): what the values come to, derived aggregates included. */
    private Scorecard computed(Context ctx, Period period) {
        Map<String, Map<Period, BigDecimal>> values = new HashMap<>();
        Map<String, Map<Period, Map<String, BigDecimal>>> components = new HashMap<>();
        for (RealizationEntry e : ctx.entries()) {
            if (e.value() != null) {
                values.computeIfAbsent(e.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(e.period(), e.value());
            }
            if (!e.components().isEmpty()) {
                components
                        .computeIfAbsent(e.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(e.period(), e.components());
            }
        }
        List<IndicatorInput> inputs = ctx.agreement().indicators().stream()
                .map(i -> new IndicatorInput(
                        i.code(), i.weight(), i.targets(), values.get(i.code()), components.get(i.code())))
                .toList();
        return engine.score(ctx.framework(), inputs, period);
    }

    private Optional<Context> context(Unit unit, int year) {
        return agreements
                .findCurrent(unit.id(), year)
                .map(a -> new Context(
                        unit,
                        year,
                        a,
                        frameworks.framework(a.frameworkVersionId()),
                        entries.findByUnitAndYear(unit.id(), year)));
    }

    private Context requireContext(Unit unit, int year) {
        return context(unit, year)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Tidak ada perjanjian kinerja " + unit.code() + " tahun " + year));
    }

    private static PerformanceAgreement.Indicator requireAgreed(Context ctx, String code) {
        PerformanceAgreement.Indicator agreed = ctx.agreed(code);
        if (agreed == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "IKU " + code + " tidak ada dalam perjanjian kinerja " + ctx.year());
        }
        return agreed;
    }

    /** A typed value as {@link #save} would read it, and what the plausibility check would ask to confirm. */
    public record Reading(BigDecimal value, List<MessageSourceResolvable> doubts) {}

    /**
     * Reads a typed value the way {@link #save} does (the user's language), before anything is saved: the form's
     * echo "dibaca sebagai 1.234,5". Null for a blank text.
     *
     * @throws UserError when the text is not a number in the user's format (the message shows the format)
     */
    /**
     * Reads one typed component the way {@link #save} does, before anything is saved: the echo "Komponen ... dibaca
     * sebagai 12,5"; a text that is not a number in the user's format is refused with the message of {@link #save}.
     *
     * @throws ResponseStatusException 404 when the IKU has no such component in the period
     */
    @Transactional(readOnly = true)
    public ComponentReading readComponent(
            Unit unit, int year, String code, Period period, String component, String text) {
        Context ctx = requireContext(unit, year);
        requireAgreed(ctx, code);
        Indicator indicator = ctx.framework().indicator(code);
        ComponentSet set = indicator == null ? null : indicator.componentSetFor(period);
        Component c = set == null
                ? null
                : set.components().stream()
                        .filter(x -> x.code().equals(component))
                        .findFirst()
                        .orElse(null);
        if (c == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Komponen tidak dikenal: " + component);
        }
        if (blank(text)) {
            return new ComponentReading(c, null, null);
        }
        try {
            return new ComponentReading(
                    c,
                    number(
                            text,
                            NumberParser.Style.of(NumberParser.userLocale()),
                            "realization.error.componentNumber",
                            code,
                            PeriodNames.of(period),
                            c.name()),
                    null);
        } catch (UserError e) {
            return new ComponentReading(c, null, e);
        }
    }

    /** A component as read: its value (null for a blank text), or why the text is refused. */
    public record ComponentReading(Component component, BigDecimal value, UserError refused) {}

    @Transactional(readOnly = true)
    public Reading read(Unit unit, int year, String code, Period period, String text) {
        Context ctx = requireContext(unit, year);
        requireAgreed(ctx, code);
        if (blank(text)) {
            return null;
        }
        BigDecimal value = number(
                text,
                NumberParser.Style.of(NumberParser.userLocale()),
                "realization.error.number",
                code,
                PeriodNames.of(period));
        RealizationEntry previous = before(ctx, code, period);
        return new Reading(
                value,
                plausibility(
                        ctx.framework().indicator(code), period, value, previous == null ? null : previous.value()));
    }

    // ------------------------------------------------------------------ writing

    /** Enters or changes the value (or components) and note: from none, DRAFT or RETURNED to DRAFT. */
    @Transactional
    public RealizationEntry save(
            CurrentUser me, Unit unit, int year, String code, Period period, Input input, Integer rowVersion) {
        return save(me, unit, year, code, period, input, rowVersion, null);
    }

    /**
     * {@link #save(CurrentUser, Unit, int, String, Period, Input, Integer)} recording where the value comes from
     * ({@code realization.source}, e.g. {@code REVENUE} when taken from the revenue data); null keeps the default
     * ({@code Kinerja} for a new row, the row's own for a changed one). Same rules, same audit.
     */
    @Transactional
    public RealizationEntry save(
            CurrentUser me,
            Unit unit,
            int year,
            String code,
            Period period,
            Input input,
            Integer rowVersion,
            String source) {
        UnitAccess.require(access.canEnterRealization(me, unit.id(), code));
        Context ctx = requireContext(unit, year);
        requireAgreed(ctx, code);
        Indicator indicator = ctx.framework().indicator(code);
        BigDecimal value = null;
        Map<String, BigDecimal> components = Map.of();
        ComponentSet set = indicator.componentSetFor(period);
        boolean hasValue = !blank(input.value());
        boolean hasComponents = set != null
                && set.components().stream()
                        .anyMatch(c -> !blank(input.components().get(c.code())));
        if (hasValue && hasComponents) {
            throw UserError.invalid("realization.error.valueAndComponents", code, PeriodNames.of(period));
        }
        if (!hasValue && !hasComponents) {
            throw UserError.invalid("realization.error.empty", code, PeriodNames.of(period));
        }
        if (hasValue) {
            value = number(input.value(), input.style(), "realization.error.number", code, PeriodNames.of(period));
            if (!input.confirmed()) {
                RealizationEntry previous = before(ctx, code, period);
                List<MessageSourceResolvable> doubts =
                        plausibility(indicator, period, value, previous == null ? null : previous.value());
                if (!doubts.isEmpty()) {
                    throw new Implausible(code, period, value, doubts);
                }
            }
        } else {
            Map<String, BigDecimal> parsed = new LinkedHashMap<>();
            for (Component c : set.components()) {
                String text = input.components().get(c.code());
                if (blank(text)) {
                    throw UserError.invalid(
                            "realization.error.componentMissing", code, PeriodNames.of(period), c.name());
                }
                parsed.put(
                        c.code(),
                        number(
                                text,
                                input.style(),
                                "realization.error.componentNumber",
                                code,
                                PeriodNames.of(period),
                                c.name()));
            }
            components = parsed;
        }
        String note = text(input.note(), MAX_NOTE, "realization.error.noteTooLong", code, PeriodNames.of(period));

        RealizationEntry before = entries.find(unit.id(), year, code, period).orElse(null);
        if (before == null) {
            if (!(source == null
                    ? entries.insertDraft(unit.id(), year, code, period, value, components, note, me.username())
                    : entries.insertDraft(
                            unit.id(), year, code, period, value, components, note, me.username(), source))) {
                throw stale(unit, year, code, period);
            }
        } else {
            requireVersion(before, rowVersion);
            requireState(
                    before,
                    EnumSet.of(RealizationStatus.DRAFT, RealizationStatus.RETURNED),
                    before.locked() ? "realization.error.locked" : "realization.error.notEditable");
            boolean unchanged = Objects.equals(
                            value == null ? null : value.stripTrailingZeros(),
                            before.value() == null ? null : before.value().stripTrailingZeros())
                    && sameNumbers(components, before.components())
                    && Objects.equals(note, before.note())
                    && before.status() == RealizationStatus.DRAFT;
            if (unchanged) {
                return before;
            }
            if (!(source == null
                    ? entries.updateDraft(before.id(), rowVersion, value, components, note, me.username())
                    : entries.updateDraft(before.id(), rowVersion, value, components, note, me.username(), source))) {
                throw stale(unit, year, code, period);
            }
        }
        RealizationEntry after = entries.find(unit.id(), year, code, period).orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(year, code, period),
                AuditAction.SAVE,
                before == null ? null : withNote(before),
                withNote(after),
                null);
        return after;
    }

    /** DRAFT or RETURNED to SUBMITTED, by whoever may enter it. */
    @Transactional
    public RealizationEntry submit(
            CurrentUser me, Unit unit, int year, String code, Period period, Integer rowVersion) {
        UnitAccess.require(access.canEnterRealization(me, unit.id(), code));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(
                before,
                EnumSet.of(RealizationStatus.DRAFT, RealizationStatus.RETURNED),
                "realization.error.notSubmittable");
        return done(me, unit, before, AuditAction.SUBMIT, entries.submit(before.id(), rowVersion, me.username()), null);
    }

    /** SUBMITTED to VERIFIED, by the performance administrator; the note is optional. */
    @Transactional
    public RealizationEntry verify(
            CurrentUser me, Unit unit, int year, String code, Period period, Integer rowVersion, String note) {
        UnitAccess.require(access.canVerify(me, unit.id()));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(before, EnumSet.of(RealizationStatus.SUBMITTED), "realization.error.notVerifiable");
        String clean = text(note, MAX_NOTE, "realization.error.noteTooLong", code, PeriodNames.of(period));
        return done(
                me,
                unit,
                before,
                AuditAction.VERIFY,
                entries.review(before.id(), rowVersion, RealizationStatus.VERIFIED, clean, me.username()),
                clean);
    }

    /** SUBMITTED or VERIFIED back to the PIC (RETURNED), by the performance administrator, with a reason. */
    @Transactional
    public RealizationEntry giveBack(
            CurrentUser me, Unit unit, int year, String code, Period period, Integer rowVersion, String reason) {
        UnitAccess.require(access.canVerify(me, unit.id()));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(
                before,
                EnumSet.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED),
                "realization.error.notReturnable");
        String why = reason(reason, code, period);
        return done(
                me,
                unit,
                before,
                AuditAction.RETURN,
                entries.review(before.id(), rowVersion, RealizationStatus.RETURNED, why, me.username()),
                why);
    }

    /** VERIFIED to APPROVED (locked), by the head: from then on it counts in the official score. */
    @Transactional
    public RealizationEntry approve(
            CurrentUser me, Unit unit, int year, String code, Period period, Integer rowVersion) {
        UnitAccess.require(access.canApprove(me, unit.id()));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(before, EnumSet.of(RealizationStatus.VERIFIED), "realization.error.notApprovable");
        return done(
                me, unit, before, AuditAction.APPROVE, entries.approve(before.id(), rowVersion, me.username()), null);
    }

    /**
     * APPROVED back to DRAFT, by an administrator of the unit or above, with a reason: the PIC can correct it
     * and it goes through the whole review again; until it is approved again it is not in the official score.
     */
    @Transactional
    public RealizationEntry unlock(
            CurrentUser me, Unit unit, int year, String code, Period period, Integer rowVersion, String reason) {
        UnitAccess.require(access.canUnlock(me, unit.id()));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(before, EnumSet.of(RealizationStatus.APPROVED), "realization.error.notLocked");
        String why = reason(reason, code, period);
        return done(
                me, unit, before, AuditAction.UNLOCK, entries.unlock(before.id(), rowVersion, why, me.username()), why);
    }

    /**
     * For adding evidence: the user may enter this realization (else 403), the IKU is agreed (else 404) and the
     * period is not approved (else 409). Locks the realization row until the caller's transaction ends, so an
     * approval cannot slip in between.
     */
    @Override
    @Transactional
    public void requireOpenForEvidence(CurrentUser me, Unit unit, int year, String code, Period period) {
        UnitAccess.require(access.canEnterRealization(me, unit.id(), code));
        requireAgreed(requireContext(unit, year), code);
        if (entries.lockStatus(unit.id(), year, code, period)
                .filter(s -> s == RealizationStatus.APPROVED)
                .isPresent()) {
            throw UserError.conflict("realization.error.evidenceLocked", code, PeriodNames.of(period));
        }
    }

    private RealizationEntry existing(Unit unit, int year, String code, Period period, Integer rowVersion) {
        requireAgreed(requireContext(unit, year), code);
        RealizationEntry before = entries.find(unit.id(), year, code, period)
                .orElseThrow(
                        () -> UserError.conflict("realization.error.nothingEntered", code, PeriodNames.of(period)));
        requireVersion(before, rowVersion);
        return before;
    }

    private RealizationEntry done(
            CurrentUser me, Unit unit, RealizationEntry before, AuditAction action, boolean updated, String reason) {
        if (!updated) {
            throw stale(unit, before.year(), before.indicatorCode(), before.period());
        }
        RealizationEntry after = entries.find(unit.id(), before.year(), before.indicatorCode(), before.period())
                .orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(before.year(), before.indicatorCode(), before.period()),
                action,
                before.auditText(),
                after.auditText(),
                reason);
        return after;
    }

    private void requireVersion(RealizationEntry current, Integer rowVersion) {
        if (rowVersion == null || rowVersion != current.rowVersion()) {
            throw stale(current);
        }
    }

    private static void requireState(RealizationEntry e, Set<RealizationStatus> allowed, String message) {
        if (!allowed.contains(e.status())) {
            throw UserError.conflict(message, e.indicatorCode(), PeriodNames.of(e.period()), status(e.status()));
        }
    }

    private UserError stale(Unit unit, int year, String code, Period period) {
        return entries.find(unit.id(), year, code, period)
                .map(this::stale)
                .orElseGet(() -> UserError.conflict("realization.error.nothingEntered", code, PeriodNames.of(period)));
    }

    /** "Changed by X at T: the value is now V, status S; your change was not saved." */
    private UserError stale(RealizationEntry current) {
        return UserError.conflict(
                "realization.error.stale",
                current.indicatorCode(),
                PeriodNames.of(current.period()),
                current.lastBy(),
                times.format(current.lastAt()),
                valueText(current),
                status(current.status()));
    }

    /** The audit text of a save: value, state and the note, so that a changed note is on record too. */
    private static String withNote(RealizationEntry e) {
        return e.note() == null ? e.auditText() : e.auditText() + " | " + e.note();
    }

    private static DefaultMessageSourceResolvable status(RealizationStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"realization.status." + status.name()}, status.name());
    }

    static String valueText(RealizationEntry e) {
        Formats f = new Formats();
        if (e.value() != null) {
            return f.input(e.value());
        }
        return e.components().entrySet().stream()
                .map(c -> c.getKey() + " " + f.input(c.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String reason(String reason, String code, Period period) {
        String why = text(reason, MAX_REASON, "realization.error.reasonTooLong", code, PeriodNames.of(period));
        if (why == null) {
            throw UserError.invalid("realization.error.reasonRequired", code, PeriodNames.of(period));
        }
        return why;
    }

    private static BigDecimal number(String text, NumberParser.Style style, String message, Object... args) {
        try {
            return NumberParser.read(text, style);
        } catch (NumberParser.Refused e) {
            Object[] withText = Arrays.copyOf(args, args.length + 1);
            withText[args.length] = e.text();
            throw UserError.invalid(message, withText);
        }
    }

    /** The entry of the period before ({@link Period#previous()}) in the same year, if any. */
    private static RealizationEntry before(Context ctx, String code, Period period) {
        Period p = period.previous();
        return p == null ? null : ctx.entry(code, p);
    }

    private static String text(String text, int max, String message, Object... args) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            Object[] withMax = Arrays.copyOf(args, args.length + 1);
            withMax[args.length] = max;
            throw UserError.invalid(message, withMax);
        }
        return t;
    }

    private static boolean sameNumbers(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The audit key of a realization: {@code 2024/01a-CP/Q1}. */
    public static String key(int year, String code, Period period) {
        return year + "/" + code + "/" + period.name();
    }
}
