package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.exchange.ImportPlan.IndexFlag;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.PeriodNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The reported indexes of the Realisasi sheet ("Indeks dilaporkan") compared with the engine's index. */
@Component
final class ReportedIndexFlags {

    private final ScorecardService scorecards;

    ReportedIndexFlags(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    /** The engine's index with the imported realizations (as if approved), compared with the reported one. */
    List<IndexFlag> flags(
            PlanningContext run,
            String unitCode,
            Framework fw,
            Map<String, PerformanceAgreement.Indicator> indicators,
            Map<String, Realization> now,
            List<RealizationRow> rows) {
        List<RealizationRow> reported =
                rows.stream().filter(r -> r.reportedIndex() != null).toList();
        if (reported.isEmpty()) {
            return List.of();
        }
        List<IndicatorInput> inputs;
        if (run.existing.containsKey(unitCode)
                && run.agreements.agreement(unitCode) != null
                && !run.agreements.targetsChanged.contains(unitCode)) {
            inputs = scorecards.context(unitCode, run.year).inputs();
        } else {
            Map<String, Map<Period, BigDecimal>> values = new HashMap<>();
            for (Realization x : now.values()) {
                if (x.status() == RealizationStatus.APPROVED && x.value() != null) {
                    values.computeIfAbsent(x.indicatorCode(), k -> new EnumMap<>(Period.class))
                            .put(x.period(), x.value());
                }
            }
            inputs = indicators.values().stream()
                    .map(i -> new IndicatorInput(
                            i.code(), i.weight(), i.targets(), values.getOrDefault(i.code(), Map.of()), Map.of()))
                    .toList();
        }
        Map<String, IndicatorInput> byCode = new LinkedHashMap<>();
        inputs.forEach(i -> byCode.put(i.code(), i));
        for (RealizationRow r : rows) {
            IndicatorInput in = byCode.get(r.iku());
            if (in != null) {
                byCode.put(r.iku(), in.withRealization(r.period(), r.value()));
            }
        }
        List<IndicatorInput> sandbox = List.copyOf(byCode.values());
        Map<Period, Scorecard> cards = new EnumMap<>(Period.class);
        List<IndexFlag> flags = new ArrayList<>();
        for (RealizationRow r : reported) {
            Scorecard card =
                    cards.computeIfAbsent(r.period(), p -> scorecards.engine().score(fw, sandbox, p));
            IndicatorScore score = card.indicator(r.iku());
            BigDecimal engine = score == null ? null : score.index();
            if (engine == null) {
                String unscored = run.texts.get(
                        "import.flag.notScored", r.iku(), PeriodNames.of(r.period()), num(r.reportedIndex()));
                flags.add(new IndexFlag(
                        r.row(),
                        unitCode,
                        r.iku(),
                        r.period().name(),
                        r.reportedIndex(),
                        null,
                        score != null && score.excluded() != null
                                ? run.texts.get(
                                        "import.flag.why",
                                        unscored,
                                        run.texts.get(score.excluded().key()))
                                : unscored));
            } else if (ReportedIndex.differs(r.reportedIndex(), engine)) {
                flags.add(new IndexFlag(
                        r.row(),
                        unitCode,
                        r.iku(),
                        r.period().name(),
                        r.reportedIndex(),
                        engine,
                        run.texts.get(
                                "import.flag.differs",
                                r.iku(),
                                PeriodNames.of(r.period()),
                                num(r.reportedIndex()),
                                num(engine.setScale(2, java.math.RoundingMode.HALF_UP)),
                                num(ReportedIndex.TOLERANCE))));
            }
        }
        return flags;
    }
}
