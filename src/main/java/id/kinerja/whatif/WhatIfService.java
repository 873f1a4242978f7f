package id.kinerja.whatif;

import id.kinerja.agreement.Agreements;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.GoalSeek;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The what-if sandbox: the unit's year is read once; changed realizations replace the approved ones in a COPY of the
 * engine inputs and the engine scores the copy. Nothing is written: this service has no repository that writes,
 * and the database is only read (through {@link ScorecardService#context}).
 */
@Service
public class WhatIfService {

    /** The form field of an IKU's realization: {@code v_01a-CP}. */
    public static final String FIELD_PREFIX = "v_";

    private final ScorecardService scorecards;
    private final Agreements agreements;
    private final Formats formats;
    private final GoalSeek goalSeek;

    WhatIfService(ScorecardService scorecards, Agreements agreements, Formats formats) {
        this.scorecards = scorecards;
        this.agreements = agreements;
        this.formats = formats;
        this.goalSeek = new GoalSeek(scorecards.engine());
    }

    /** The years the unit has an agreement for, oldest first. */
    public List<Integer> years(Unit unit) {
        return agreements.yearsOf(unit.id());
    }

    /** The unit's year as the engine sees it; empty when it has no agreement for the year. */
    public Optional<ScoringContext> context(Unit unit, int year) {
        try {
            return Optional.of(scorecards.context(unit.code(), year));
        } catch (ScorecardNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The form as first shown: every IKU with its official realization. */
    public Sandbox form(ScoringContext context, Period period) {
        Scorecard official = scorecards.score(context, period).scorecard();
        List<Sandbox.Row> rows = new ArrayList<>();
        for (IndicatorScore s : official.indicators()) {
            rows.add(new Sandbox.Row(s, null, input(s.realization()), s.realization(), false, false));
        }
        return new Sandbox(official, null, rows, false);
    }

    /**
     * Scores the sandbox: each field {@code v_<IKU>} that holds a number different from the official realization
     * replaces it (a blank field keeps the official value). A field that is not a number makes the run fail with that
     * IKU named; nothing is computed then.
     */
    public Sandbox run(ScoringContext context, Period period, Map<String, String> fields) {
        Scorecard official = scorecards.score(context, period).scorecard();
        List<IndicatorInput> inputs = new ArrayList<>(context.inputs());
        List<Sandbox.Row> draft = new ArrayList<>();
        boolean anyInvalid = false;
        for (IndicatorScore s : official.indicators()) {
            String typed = fields.get(FIELD_PREFIX + s.code());
            if (typed == null || typed.isBlank()) {
                draft.add(new Sandbox.Row(s, null, input(s.realization()), s.realization(), false, false));
                continue;
            }
            BigDecimal value;
            try {
                value = NumberParser.read(typed);
            } catch (IllegalArgumentException e) {
                draft.add(new Sandbox.Row(s, null, typed, null, false, true));
                anyInvalid = true;
                continue;
            }
            boolean changed = s.realization() == null || value.compareTo(s.realization()) != 0;
            if (changed) {
                for (int i = 0; i < inputs.size(); i++) {
                    if (inputs.get(i).code().equals(s.code())) {
                        inputs.set(i, inputs.get(i).withRealization(period, value));
                    }
                }
            }
            draft.add(new Sandbox.Row(s, null, typed.trim(), value, changed, false));
        }
        if (anyInvalid) {
            return new Sandbox(official, null, draft, true);
        }
        Scorecard result = scorecards.engine().score(context.framework(), inputs, period);
        List<Sandbox.Row> rows = new ArrayList<>();
        for (Sandbox.Row r : draft) {
            rows.add(new Sandbox.Row(
                    r.official(), result.indicator(r.code()), r.typed(), r.value(), r.changed(), false));
        }
        return new Sandbox(official, result, rows, true);
    }

    /** Goal seek on the official (approved) realizations. */
    public GoalSeek.Result seek(ScoringContext context, Period period, String indicatorCode, BigDecimal goal) {
        return goalSeek.seek(context.framework(), context.inputs(), period, indicatorCode, goal);
    }

    private String input(BigDecimal value) {
        return formats.input(value);
    }
}
