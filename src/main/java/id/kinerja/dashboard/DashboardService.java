package id.kinerja.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.agreement.Agreements;
import id.kinerja.dashboard.Dashboard.Change;
import id.kinerja.dashboard.Dashboard.History;
import id.kinerja.dashboard.Dashboard.HistoryRow;
import id.kinerja.dashboard.Dashboard.Moved;
import id.kinerja.dashboard.Dashboard.SheetObjective;
import id.kinerja.dashboard.Dashboard.SheetPerspective;
import id.kinerja.dashboard.Dashboard.Trend;
import id.kinerja.database.DataVersion;
import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.ScaleView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds the unit dashboard: reads the unit's year once ({@link ScorecardService#context}), scores all seven periods
 * with the engine and arranges the result (NKO sheet, trends, five-year history, change since the previous period).
 * Computes no score itself. A built dashboard is kept, keyed by unit, year, period and the {@link DataVersion}: the
 * next request for it, on this node, does not read or score again until any scoring data changes anywhere (then the
 * version, and so the key, is new on every node; docs/architecture.md, "Caches across nodes").
 */
@Service
public class DashboardService {

    private static final int HISTORY_YEARS = 5;

    private final Agreements agreements;
    private final ScorecardService scorecards;
    private final RealizationQueries realizations;
    private final DataVersion version;

    /** Built dashboards (an empty one where the unit has no agreement for the year) by unit, year, period, version. */
    private final Cache<Key, Optional<Dashboard>> built = Caffeine.newBuilder()
            .maximumSize(CACHED)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private final Cache<YearsKey, List<Integer>> years = Caffeine.newBuilder()
            .maximumSize(CACHED)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** Dashboards kept at most (about 30 KB each): a Kanwil's offices for all periods of two years. */
    static final int CACHED = 2000;

    private record Key(long unitId, String unitCode, int year, Period period, long version) {}

    private record YearsKey(long unitId, long version) {}

    DashboardService(
            Agreements agreements, ScorecardService scorecards, RealizationQueries realizations, DataVersion version) {
        this.agreements = agreements;
        this.scorecards = scorecards;
        this.realizations = realizations;
        this.version = version;
    }

    /** The years the unit has an agreement for (a Kanwil: its offices), oldest first. */
    public List<Integer> years(Unit unit) {
        return years.get(new YearsKey(unit.id(), version.current()), k -> agreements.yearsOfOrBelow(unit.id()));
    }

    /** The dashboard, or empty when the unit has no agreement for the year. */
    public Optional<Dashboard> build(Unit unit, int year, Period period) {
        return built.get(
                new Key(unit.id(), unit.code(), year, period, version.current()), k -> compute(unit, year, period));
    }

    private Optional<Dashboard> compute(Unit unit, int year, Period period) {
        ScoringContext context;
        try {
            context = scorecards.context(unit.code(), year);
        } catch (ScorecardNotFoundException e) {
            return Optional.empty();
        }
        Framework fw = context.framework();
        Map<Period, Scorecard> cards = scorecards.engine().scoreAllPeriods(fw, context.inputs());
        Scorecard card = cards.get(period);
        return Optional.of(new Dashboard(
                context,
                period,
                cards,
                sheet(fw, card),
                ScaleView.of(fw.predicateScale(), card.predicate()),
                trends(card, cards),
                history(unit, year, card, cards.get(Period.Y)),
                change(cards, period),
                contradicted(realizations.reportedIndexes(unit.id(), year), card)));
    }

    /**
     * The reported indexes of the card's period that the engine's index contradicts
     * ({@link ReportedIndex#contradictedBy}), by IKU; IKU outside the agreement are not on the sheet and left out.
     */
    static Map<String, BigDecimal> contradicted(List<ReportedIndex> reported, Scorecard card) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (ReportedIndex r : reported) {
            IndicatorScore s = r.period() == card.period() ? card.indicator(r.indicatorCode()) : null;
            if (s != null && r.contradictedBy(s.index())) {
                out.put(r.indicatorCode(), r.reported());
            }
        }
        return out;
    }

    /** The NKO sheet: perspective > SS > IKU, in framework order. */
    static List<SheetPerspective> sheet(Framework fw, Scorecard card) {
        ColourBands bands = fw.colourBands();
        List<SheetPerspective> out = new ArrayList<>();
        for (PerspectiveScore p : card.perspectives()) {
            List<SheetObjective> objectives = new ArrayList<>();
            for (ObjectiveScore o : card.objectives()) {
                if (!o.perspectiveCode().equals(p.code())) {
                    continue;
                }
                List<IndicatorScore> indicators = card.indicators().stream()
                        .filter(i -> i.objectiveCode().equals(o.code()))
                        .toList();
                if (!indicators.isEmpty()) {
                    objectives.add(new SheetObjective(o, bands.colourOf(o.index()), indicators));
                }
            }
            Perspective def = fw.perspective(p.code());
            String english = def == null || def.englishName() == null ? p.name() : def.englishName();
            out.add(new SheetPerspective(p, english, bands.colourOf(p.index()), objectives));
        }
        return out;
    }

    private static List<Trend> trends(Scorecard card, Map<Period, Scorecard> cards) {
        List<Trend> out = new ArrayList<>();
        for (IndicatorScore i : card.indicators()) {
            List<IndicatorScore> scores = Dashboard.CHART_PERIODS.stream()
                    .map(p -> cards.get(p).indicator(i.code()))
                    .toList();
            out.add(new Trend(i.code(), i.name(), scores));
        }
        return out;
    }

    /** The year shown and the four before it: past years from the history, this year its Y realization. */
    private History history(Unit unit, int year, Scorecard card, Scorecard yearly) {
        List<Integer> years = new ArrayList<>();
        for (int y = year - HISTORY_YEARS + 1; y <= year; y++) {
            years.add(y);
        }
        Map<String, Map<Integer, BigDecimal>> past = new HashMap<>();
        for (IndicatorHistoryEntry e : realizations.history(unit.id())) {
            if (e.year() < year && e.year() > year - HISTORY_YEARS) {
                past.computeIfAbsent(e.indicatorCode(), k -> new HashMap<>()).put(e.year(), e.realization());
            }
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (IndicatorScore i : card.indicators()) {
            List<BigDecimal> values = new ArrayList<>();
            for (int y : years) {
                values.add(
                        y == year
                                ? yearly.indicator(i.code()).realization()
                                : past.getOrDefault(i.code(), Map.of()).get(y));
            }
            rows.add(new HistoryRow(i.code(), i.name(), values));
        }
        return new History(years, rows);
    }

    /** What changed since the previous period ({@link PreviousPeriod}). */
    static Change change(Map<Period, Scorecard> cards, Period period) {
        Period previous = PreviousPeriod.of(period);
        Scorecard now = cards.get(period);
        if (previous == null) {
            return new Change(null, null, now.nko(), null, null, List.of(), List.of(), List.of());
        }
        Scorecard before = cards.get(previous);
        BigDecimal delta =
                now.nko() == null || before.nko() == null ? null : now.nko().subtract(before.nko());
        List<Moved> moved = new ArrayList<>();
        List<IndicatorScore> newlyScored = new ArrayList<>();
        List<IndicatorScore> newlyExcluded = new ArrayList<>();
        for (IndicatorScore i : now.indicators()) {
            IndicatorScore b = before.indicator(i.code());
            if (b == null) {
                continue;
            }
            if (i.isScored() && b.isScored()) {
                if (i.index().compareTo(b.index()) != 0) {
                    moved.add(new Moved(
                            i.code(), i.name(), b.index(), i.index(), i.index().subtract(b.index()), i.colour()));
                }
            } else if (i.isScored()) {
                newlyScored.add(i);
            } else if (b.isScored()) {
                newlyExcluded.add(i);
            }
        }
        moved.sort(Comparator.comparing((Moved m) -> m.delta().abs()).reversed());
        return new Change(
                previous,
                before.nko(),
                now.nko(),
                delta,
                before.predicate(),
                List.copyOf(moved),
                List.copyOf(newlyScored),
                List.copyOf(newlyExcluded));
    }
}
