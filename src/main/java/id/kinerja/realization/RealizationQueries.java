package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Component;
import id.kinerja.framework.ComponentSet;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.internal.IndicatorHistoryRepository;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.Target;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the realization module lets others read: a unit's period table with what the current user may do
 * ({@link RealizationStep}), the realizations entered (with or without their workflow details), the offices'
 * reported indexes and the past years' results. The workflow's commands are in {@link RealizationService}.
 */
@Service
public class RealizationQueries {

    /** What the current user may do now with one IKU's realization in one period. */
    public record Actions(
            boolean save, boolean submit, boolean verify, boolean giveBack, boolean approve, boolean unlock) {
        public boolean any() {
            return save || submit || verify || giveBack || approve || unlock;
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

    record Context(
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

        /** The entry of the period before ({@link Period#previous()}) in the same year, if any. */
        RealizationEntry before(String code, Period period) {
            Period p = period.previous();
            return p == null ? null : entry(code, p);
        }
    }

    private final UnitAccess access;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final RealizationRepository realizations;
    private final ReportedIndexRepository reportedIndexes;
    private final IndicatorHistoryRepository history;
    private final ScoringEngine engine = new ScoringEngine();

    RealizationQueries(
            UnitAccess access,
            Agreements agreements,
            FrameworkCatalog frameworks,
            RealizationRepository realizations,
            ReportedIndexRepository reportedIndexes,
            IndicatorHistoryRepository history) {
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.realizations = realizations;
        this.reportedIndexes = reportedIndexes;
        this.history = history;
    }

    // ------------------------------------------------------------------ the workflow's tables

    /** The period's table for the unit's agreement in force; empty when the unit has no agreement that year. */
    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(CurrentUser me, Unit unit, int year, Period period) {
        return context(unit, year).map(ctx -> {
            Scorecard computed = computed(ctx, period);
            List<Row> rows = ctx.agreement().indicators().stream()
                    .map(a -> row(me, ctx, computed, a, period))
                    .toList();
            return new Sheet(unit, year, period, ctx.agreement(), ctx.framework(), rows);
        });
    }

    /** One IKU in one period; 404 when the IKU is not in the agreement in force. */
    @Transactional(readOnly = true)
    public Row row(CurrentUser me, Unit unit, int year, String code, Period period) {
        Context ctx = requireContext(unit, year);
        PerformanceAgreement.Indicator agreed = requireAgreed(ctx, code);
        return row(me, ctx, computed(ctx, period), agreed, period);
    }

    /** One IKU in all seven periods; 404 when the IKU is not in the agreement in force. */
    @Transactional(readOnly = true)
    public List<Row> rows(CurrentUser me, Unit unit, int year, String code) {
        Context ctx = requireContext(unit, year);
        PerformanceAgreement.Indicator agreed = requireAgreed(ctx, code);
        List<Row> rows = new ArrayList<>();
        for (Period p : Period.values()) {
            rows.add(row(me, ctx, computed(ctx, p), agreed, p));
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
            CurrentUser me, Context ctx, Scorecard computed, PerformanceAgreement.Indicator agreed, Period period) {
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
                actions(me, ctx.unit(), agreed.code(), entry));
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

    Optional<Context> context(Unit unit, int year) {
        return agreements
                .findCurrent(unit.id(), year)
                .map(a -> new Context(
                        unit,
                        year,
                        a,
                        frameworks.framework(a.frameworkVersionId()),
                        realizations.findEntries(unit.id(), year)));
    }

    Context requireContext(Unit unit, int year) {
        return context(unit, year)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Tidak ada perjanjian kinerja " + unit.code() + " tahun " + year));
    }

    static PerformanceAgreement.Indicator requireAgreed(Context ctx, String code) {
        PerformanceAgreement.Indicator agreed = ctx.agreed(code);
        if (agreed == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "IKU " + code + " tidak ada dalam perjanjian kinerja " + ctx.year());
        }
        return agreed;
    }

    /** A typed value as {@link RealizationService#save} would read it, and what the plausibility check would ask to confirm. */
    public record Reading(BigDecimal value, List<MessageSourceResolvable> doubts) {}
    /**
     * Reads one typed component the way {@link RealizationService#save} does, before anything is saved: the echo "Komponen ... dibaca
     * sebagai 12,5"; a text that is not a number in the user's format is refused with the message of {@link RealizationService#save}.
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
        if (!StringUtils.hasText(text)) {
            return new ComponentReading(c, null, null);
        }
        try {
            return new ComponentReading(
                    c,
                    NumberParser.field(
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

    /**
     * Reads a typed value the way {@link RealizationService#save} does (the user's language), before anything is saved: the form's
     * echo "dibaca sebagai 1.234,5". Null for a blank text.
     *
     * @throws UserError when the text is not a number in the user's format (the message shows the format)
     */
    @Transactional(readOnly = true)
    public Reading read(Unit unit, int year, String code, Period period, String text) {
        Context ctx = requireContext(unit, year);
        requireAgreed(ctx, code);
        if (!StringUtils.hasText(text)) {
            return null;
        }
        BigDecimal value = NumberParser.field(
                text,
                NumberParser.Style.of(NumberParser.userLocale()),
                "realization.error.number",
                code,
                PeriodNames.of(period));
        RealizationEntry previous = ctx.before(code, period);
        return new Reading(
                value,
                RealizationService.plausibility(
                        ctx.framework().indicator(code), period, value, previous == null ? null : previous.value()));
    }

    /** What the user may do now: each step of the table whose power they hold and whose from-state holds. */
    private Actions actions(CurrentUser me, Unit unit, String code, RealizationEntry e) {
        RealizationStatus s = e == null ? null : e.status();
        return new Actions(
                may(RealizationStep.SAVE, me, unit, code, s),
                may(RealizationStep.SUBMIT, me, unit, code, s),
                may(RealizationStep.VERIFY, me, unit, code, s),
                may(RealizationStep.RETURN, me, unit, code, s),
                may(RealizationStep.APPROVE, me, unit, code, s),
                may(RealizationStep.UNLOCK, me, unit, code, s));
    }

    private boolean may(RealizationStep step, CurrentUser me, Unit unit, String code, RealizationStatus s) {
        return step.allowedFrom(s) && step.allowedFor(access, me, unit.id(), code, false);
    }

    // ------------------------------------------------------------------ for the other modules

    /** Every realization entered for a unit and year, with its components (any status). */
    @Transactional(readOnly = true)
    public List<Realization> realizations(long unitId, int year) {
        return realizations.findByUnitAndYear(unitId, year);
    }

    /**
     * The realizations of many units of one year in one query (bulk work: an import of hundreds of offices), by
     * unit; value, note, source, status and who entered it (components and review details are not read).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Realization>> realizations(Collection<Long> unitIds, int year) {
        return realizations.findByUnitsAndYear(unitIds, year);
    }

    /** The workflow's entry of an IKU in a period, if any is entered. */
    @Transactional(readOnly = true)
    public Optional<RealizationEntry> entry(long unitId, int year, String code, Period period) {
        return realizations.find(unitId, year, code, period);
    }

    /** The workflow's entries of one IKU in every period entered. */
    @Transactional(readOnly = true)
    public List<RealizationEntry> entries(long unitId, int year, String code) {
        return realizations.findByIndicator(unitId, year, code);
    }

    /** A unit's reported indexes of a year, in IKU and period order. */
    @Transactional(readOnly = true)
    public List<ReportedIndex> reportedIndexes(long unitId, int year) {
        return reportedIndexes.findByUnitAndYear(unitId, year);
    }

    /** The reported indexes of many units of one year in one query, by unit. */
    @Transactional(readOnly = true)
    public Map<Long, List<ReportedIndex>> reportedIndexes(Collection<Long> unitIds, int year) {
        return reportedIndexes.findByUnitsAndYear(unitIds, year);
    }

    /** Past years' results of each IKU of a unit, in IKU and year order. */
    @Transactional(readOnly = true)
    public List<IndicatorHistoryEntry> history(long unitId) {
        return history.findByUnit(unitId);
    }
}
