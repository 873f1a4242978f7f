package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.evidence.EvidenceGuard;
import id.kinerja.framework.Component;
import id.kinerja.framework.ComponentSet;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The commands of the quarterly realization workflow of one IKU in one period (docs/architecture.md, "Realization workflow"):
 * <pre>
 *   (none) --save--> DRAFT --submit--> SUBMITTED --verify--> VERIFIED --approve--> APPROVED (locked)
 *                      ^  \                |  \                  |                      |
 *                      |   save            |   return(reason)    return(reason)         unlock(reason)
 *                      |                   v                     v                      |
 *                      +----save------- RETURNED <---------------+                      |
 *                      +--------------------------------------------------------------- +  (back to DRAFT)
 * </pre>
 * Each step is declared once in {@link RealizationStep} (from-states, power, audit action); this service applies
 * the table to every path: the web form, the API and, through {@link RealizationImports}, the Excel import. Save and submit: the PIC of the IKU or the performance administrator ({@link UnitAccess#canEnterRealization});
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

    private final UnitAccess access;
    private final RealizationQueries queries;
    private final RealizationRepository realizations;
    private final AuditLog audit;
    private final TimeFormats times;
    private final ApplicationEventPublisher events;

    RealizationService(
            UnitAccess access,
            RealizationQueries queries,
            RealizationRepository realizations,
            AuditLog audit,
            TimeFormats times,
            ApplicationEventPublisher events) {
        this.access = access;
        this.queries = queries;
        this.realizations = realizations;
        this.audit = audit;
        this.times = times;
        this.events = events;
    }

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
        RealizationStep step = RealizationStep.SAVE;
        UnitAccess.require(step.allowedFor(access, me, unit.id(), code, false));
        RealizationQueries.Context ctx = queries.requireContext(unit, year);
        RealizationQueries.requireAgreed(ctx, code);
        Indicator indicator = ctx.framework().indicator(code);
        BigDecimal value = null;
        Map<String, BigDecimal> components = Map.of();
        ComponentSet set = indicator.componentSetFor(period);
        boolean hasValue = StringUtils.hasText(input.value());
        boolean hasComponents = set != null
                && set.components().stream()
                        .anyMatch(c -> StringUtils.hasText(input.components().get(c.code())));
        if (hasValue && hasComponents) {
            throw UserError.invalid("realization.error.valueAndComponents", code, PeriodNames.of(period));
        }
        if (!hasValue && !hasComponents) {
            throw UserError.invalid("realization.error.empty", code, PeriodNames.of(period));
        }
        if (hasValue) {
            value = NumberParser.field(
                    input.value(), input.style(), "realization.error.number", code, PeriodNames.of(period));
            if (!input.confirmed()) {
                RealizationEntry previous = ctx.before(code, period);
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
                if (!StringUtils.hasText(text)) {
                    throw UserError.invalid(
                            "realization.error.componentMissing", code, PeriodNames.of(period), c.name());
                }
                parsed.put(
                        c.code(),
                        NumberParser.field(
                                text,
                                input.style(),
                                "realization.error.componentNumber",
                                code,
                                PeriodNames.of(period),
                                c.name()));
            }
            components = parsed;
        }
        String note = RealizationTexts.text(
                input.note(), MAX_NOTE, "realization.error.noteTooLong", code, PeriodNames.of(period));

        RealizationEntry before =
                realizations.find(unit.id(), year, code, period).orElse(null);
        if (before == null) {
            if (!(source == null
                    ? realizations.insertDraft(unit.id(), year, code, period, value, components, note, me.username())
                    : realizations.insertDraft(
                            unit.id(), year, code, period, value, components, note, me.username(), source))) {
                throw stale(unit, year, code, period);
            }
        } else {
            requireVersion(before, rowVersion);
            requireState(before, step);
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
                    ? realizations.updateDraft(before.id(), rowVersion, value, components, note, me.username())
                    : realizations.updateDraft(
                            before.id(), rowVersion, value, components, note, me.username(), source))) {
                throw stale(unit, year, code, period);
            }
        }
        RealizationEntry after =
                realizations.find(unit.id(), year, code, period).orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(year, code, period),
                step.audit(),
                before == null ? null : withNote(before),
                withNote(after),
                null);
        return after;
    }

    /**
     * One step of the table on an entered realization ({@link RealizationStep#SUBMIT}, {@code VERIFY}, {@code RETURN},
     * {@code APPROVE}, {@code UNLOCK}): the user holds the step's power (else 403), the IKU is agreed (else 404), the
     * row version is current and the state is one the step starts from (else 409). {@code remark} is the optional
     * note of a verification or the required reason of a return or an unlock (ignored by the other steps).
     */
    @Transactional
    public RealizationEntry step(
            CurrentUser me,
            Unit unit,
            int year,
            String code,
            Period period,
            RealizationStep step,
            Integer rowVersion,
            String remark) {
        UnitAccess.require(step.allowedFor(access, me, unit.id(), code, false));
        RealizationEntry before = existing(unit, year, code, period, rowVersion);
        requireState(before, step);
        String why = switch (step.remark()) {
            case NONE -> null;
            case NOTE ->
                RealizationTexts.text(remark, MAX_NOTE, "realization.error.noteTooLong", code, PeriodNames.of(period));
            case REASON -> reason(remark, code, period);
        };
        long id = before.id();
        String user = me.username();
        boolean updated = switch (step) {
            case SUBMIT -> realizations.submit(id, rowVersion, user);
            case VERIFY, RETURN -> realizations.review(id, rowVersion, step.target(), why, user);
            case APPROVE -> realizations.approve(id, rowVersion, user);
            case UNLOCK -> realizations.unlock(id, rowVersion, why, user);
            case SAVE, IMPORT_APPROVED, IMPORT_VERIFIED ->
                throw new IllegalArgumentException(step + " is not a step on an entered realization");
        };
        RealizationEntry after = done(me, unit, before, step.audit(), updated, why);
        events.publishEvent(new RealizationStepTaken(
                unit.id(), unit.code(), year, code, period, step, user, why, after.rowVersion()));
        if (after.status() == RealizationStatus.APPROVED) {
            events.publishEvent(new RealizationApproved(unit.id(), year, code, period, after.value(), user));
        }
        return after;
    }

    /** One value of a bulk action: the IKU and period of the unit's year, at the row version the user saw. */
    public record BulkItem(int year, String indicatorCode, Period period, int rowVersion) {}

    /** At most this many values in one bulk action (a year's 20 IKU by 4 quarters, with room). */
    public static final int MAX_BULK = 200;

    /**
     * Verifies or approves several values of one unit in one step (docs/domain.md, "Who does what next"): each value
     * goes through {@link #step} (rights, state, row version, its own audit entry and event), all in one transaction,
     * so either every value takes the step or none does; the refusal names the value it stopped at.
     */
    @Transactional
    public List<RealizationEntry> stepAll(
            CurrentUser me, Unit unit, List<BulkItem> items, RealizationStep step, String remark) {
        if (step != RealizationStep.VERIFY && step != RealizationStep.APPROVE) {
            throw new IllegalArgumentException(step + " is not a bulk step");
        }
        if (items.isEmpty()) {
            throw UserError.invalid("realization.bulk.none");
        }
        if (items.size() > MAX_BULK) {
            throw UserError.invalid("realization.bulk.tooMany", MAX_BULK);
        }
        List<RealizationEntry> done = new ArrayList<>();
        for (BulkItem item : items) {
            try {
                done.add(step(
                        me, unit, item.year(), item.indicatorCode(), item.period(), step, item.rowVersion(), remark));
            } catch (UserError e) {
                throw new UserError(
                        e.status(),
                        "realization.bulk.refused",
                        item.indicatorCode(),
                        PeriodNames.of(item.period()),
                        String.valueOf(item.year()),
                        new DefaultMessageSourceResolvable(new String[] {e.code()}, e.args(), e.code()));
            }
        }
        return done;
    }

    /**
     * Stores a realization as given, outside the workflow and without an event: the demo data set, whose values
     * are loaded as the state they had in the office's own records.
     */
    @Transactional
    public void seed(long unitId, int year, Realization realization) {
        realizations.save(unitId, year, realization);
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
        queries.requireAgreed(unit, year, code);
        if (realizations
                .lockStatus(unit.id(), year, code, period)
                .filter(s -> s == RealizationStatus.APPROVED)
                .isPresent()) {
            throw UserError.conflict("realization.error.evidenceLocked", code, PeriodNames.of(period));
        }
    }

    private RealizationEntry existing(Unit unit, int year, String code, Period period, Integer rowVersion) {
        queries.requireAgreed(unit, year, code);
        RealizationEntry before = realizations
                .find(unit.id(), year, code, period)
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
        RealizationEntry after = realizations
                .find(unit.id(), before.year(), before.indicatorCode(), before.period())
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

    private static void requireState(RealizationEntry e, RealizationStep step) {
        if (!step.allowedFrom(e.status())) {
            throw UserError.conflict(
                    step.refusal(e.status()),
                    e.indicatorCode(),
                    PeriodNames.of(e.period()),
                    RealizationTexts.status(e.status()));
        }
    }

    private UserError stale(Unit unit, int year, String code, Period period) {
        return realizations
                .find(unit.id(), year, code, period)
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
                RealizationTexts.valueText(current),
                RealizationTexts.status(current.status()));
    }

    /** The audit text of a save: value, state and the note, so that a changed note is on record too. */
    private static String withNote(RealizationEntry e) {
        return e.note() == null ? e.auditText() : e.auditText() + " | " + e.note();
    }

    private static String reason(String reason, String code, Period period) {
        String why = RealizationTexts.text(
                reason, MAX_REASON, "realization.error.reasonTooLong", code, PeriodNames.of(period));
        if (why == null) {
            throw UserError.invalid("realization.error.reasonRequired", code, PeriodNames.of(period));
        }
        return why;
    }

    private static boolean sameNumbers(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    /** The audit key of a realization: {@code 2024/01a-CP/Q1}. */
    public static String key(int year, String code, Period period) {
        return year + "/" + code + "/" + period.name();
    }
}
