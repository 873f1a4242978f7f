package id.kinerja.consistency.internal;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.framework.Consolidation;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The checks <b>take-last</b>, <b>period</b> and <b>reported-index</b> of {@link id.kinerja.consistency.ConsistencyCheck}:
 * the entered realizations and the office's reported indexes against the engine's scores.
 */
@Component
public class RealizationChecks {

    private final RealizationQueries reportedIndexes;

    RealizationChecks(RealizationQueries reportedIndexes) {
        this.reportedIndexes = reportedIndexes;
    }

    public void takeLast(ScoringContext context, List<Realization> entered, String base, List<Finding> out) {
        Map<String, Map<Period, BigDecimal>> approved = approvedValues(entered);
        for (PerformanceAgreement.Indicator i : context.agreement().indicators()) {
            Indicator ind = context.framework().indicator(i.code());
            if (ind == null || ind.consolidation() != Consolidation.TAKE_LAST) {
                continue;
            }
            Map<Period, BigDecimal> v = approved.getOrDefault(i.code(), Map.of());
            for (Period aggregate : List.of(Period.S1, Period.SDQ3, Period.Y)) {
                BigDecimal agg = v.get(aggregate);
                BigDecimal last = v.get(aggregate.lastQuarter());
                if (agg != null && last != null && agg.compareTo(last) != 0) {
                    out.add(new Finding(
                            Severity.ERROR,
                            "take-last",
                            Message.of("check.where.ikuPeriod", i.code(), Message.period(aggregate)),
                            Message.of(
                                    "check.takeLast.what",
                                    i.code(),
                                    Message.period(aggregate),
                                    Message.index(agg),
                                    Message.period(aggregate.lastQuarter()),
                                    Message.index(last)),
                            Message.of(
                                    "check.takeLast.fix",
                                    Message.period(aggregate),
                                    Message.period(aggregate.lastQuarter())),
                            base + "/realizations/" + i.code() + "/" + aggregate.name() + "?year=" + context.year()));
                }
            }
        }
    }

    public void periods(
            ScoringContext context,
            Map<Period, Scorecard> cards,
            List<Realization> entered,
            String base,
            List<Finding> out) {
        Map<String, List<Message>> pending = new HashMap<>();
        for (Realization r : entered) {
            if (r.status() != RealizationStatus.APPROVED) {
                pending.computeIfAbsent(r.indicatorCode(), k -> new ArrayList<>())
                        .add(Message.of(
                                "check.period.pendingItem",
                                Message.period(r.period()),
                                Message.of("realization.status." + r.status().name())));
            }
        }
        for (PerformanceAgreement.Indicator i : context.agreement().indicators()) {
            List<Message> missing = new ArrayList<>();
            for (Period p : Period.values()) {
                if (i.targets().get(p) == null) {
                    continue;
                }
                IndicatorScore s = cards.get(p).indicator(i.code());
                if (s == null || s.realization() == null) {
                    missing.add(Message.period(p));
                }
            }
            if (!missing.isEmpty()) {
                List<Message> waiting = pending.getOrDefault(i.code(), List.of());
                out.add(new Finding(
                        Severity.WARNING,
                        "period",
                        Message.of("check.where.iku", i.code()),
                        waiting.isEmpty()
                                ? Message.of("check.period.what", i.code(), Message.joined(", ", missing))
                                : Message.of(
                                        "check.period.whatPending",
                                        i.code(),
                                        Message.joined(", ", missing),
                                        Message.joined(", ", waiting)),
                        Message.of("check.period.fix"),
                        base + "/realizations?year=" + context.year()));
            }
        }
    }

    /** Each stored reported index against the engine's index of its period (the official, approved scores). */
    public void reportedIndexes(ScoringContext context, Map<Period, Scorecard> cards, String base, List<Finding> out) {
        for (ReportedIndex r : reportedIndexes.reportedIndexes(context.unit().id(), context.year())) {
            IndicatorScore s = cards.get(r.period()).indicator(r.indicatorCode());
            BigDecimal engine = s == null ? null : s.index();
            Message where = Message.of("check.where.ikuPeriod", r.indicatorCode(), Message.period(r.period()));
            String link = base + "/iku/" + r.indicatorCode() + "?year=" + context.year() + "&period="
                    + r.period().name();
            if (engine == null) {
                out.add(new Finding(
                        Severity.WARNING,
                        "reported-index",
                        where,
                        Message.of(
                                "check.reportedIndex.unscored.what",
                                r.indicatorCode(),
                                Message.period(r.period()),
                                Message.index(r.reported())),
                        Message.of("check.reportedIndex.fix"),
                        link));
            } else if (ReportedIndex.differs(r.reported(), engine)) {
                out.add(new Finding(
                        Severity.ERROR,
                        "reported-index",
                        where,
                        Message.of(
                                "check.reportedIndex.what",
                                r.indicatorCode(),
                                Message.period(r.period()),
                                Message.index(r.reported()),
                                Message.index(engine),
                                Message.index(ReportedIndex.TOLERANCE)),
                        Message.of("check.reportedIndex.fix"),
                        link));
            }
        }
    }

    private static Map<String, Map<Period, BigDecimal>> approvedValues(List<Realization> entered) {
        Map<String, Map<Period, BigDecimal>> out = new HashMap<>();
        for (Realization r : entered) {
            if (r.status() == RealizationStatus.APPROVED && r.value() != null) {
                out.computeIfAbsent(r.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(r.period(), r.value());
            }
        }
        return out;
    }
}
