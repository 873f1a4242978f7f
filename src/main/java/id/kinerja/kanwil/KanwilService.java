package id.kinerja.kanwil;

import id.kinerja.agreement.Agreements;
import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilView.Office;
import id.kinerja.kanwil.KanwilView.OfficeRow;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.Exclusion;
import id.kinerja.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Compares the offices under a Kanwil (or headquarters): each office's year is read once
 * ({@link ScorecardService#context}) and scored by the engine for the period. The unit tree is read once.
 */
@Service
public class KanwilService {

    private final Units units;
    private final Agreements agreements;
    private final ScorecardService scorecards;

    KanwilService(Units units, Agreements agreements, ScorecardService scorecards) {
        this.units = units;
        this.agreements = agreements;
        this.scorecards = scorecards;
    }

    /** Whether the unit has a Kanwil view: a Kanwil or headquarters. */
    public static boolean comparesOffices(Unit unit) {
        return unit.type() == UnitType.KANWIL || unit.type() == UnitType.HQ;
    }

    /** The KPP offices in the unit's subtree, by code, each with its Kanwil. */
    public List<Office> offices(Unit root) {
        Map<Long, List<Unit>> children = new HashMap<>();
        for (Unit u : units.findAll()) {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Office> out = new ArrayList<>();
        collect(root, root.type() == UnitType.KANWIL ? root : null, children, out);
        out.sort(Comparator.comparing(o -> o.unit().code()));
        return out;
    }

    private static void collect(Unit unit, Unit kanwil, Map<Long, List<Unit>> children, List<Office> out) {
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            if (child.type() == UnitType.KPP) {
                out.add(new Office(child, kanwil));
            }
            collect(child, child.type() == UnitType.KANWIL ? child : kanwil, children, out);
        }
    }

    /** The years any of the offices has an agreement for, newest first. */
    public List<Integer> years(List<Office> offices) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Office o : offices) {
            years.addAll(agreements.yearsOf(o.unit().id()));
        }
        return List.copyOf(years.descendingSet());
    }

    public KanwilView compare(Unit root, List<Office> offices, int year, Period period) {
        List<OfficeRow> scored = new ArrayList<>();
        List<Office> withoutAgreement = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        Framework first = null;
        List<UnitScorecard> cards = new ArrayList<>();
        List<Office> cardOffices = new ArrayList<>();
        for (Office o : offices) {
            ScoringContext context;
            try {
                context = scorecards.context(o.unit().code(), year);
            } catch (ScorecardNotFoundException e) {
                withoutAgreement.add(o);
                continue;
            }
            if (first == null) {
                first = context.framework();
            }
            cards.add(scorecards.score(context, period));
            cardOffices.add(o);
        }
        // heat-map columns: the first framework's order, then any other IKU
        List<String> agreed = new ArrayList<>();
        cards.forEach(c -> c.scorecard().indicators().forEach(i -> agreed.add(i.code())));
        if (first != null) {
            for (Indicator i : first.indicators()) {
                if (agreed.contains(i.code())) {
                    codes.add(i.code());
                }
            }
        }
        codes.addAll(agreed);
        List<String> columns = List.copyOf(codes);
        for (int i = 0; i < cards.size(); i++) {
            UnitScorecard card = cards.get(i);
            List<IndicatorScore> all = card.scorecard().indicators();
            int scoredCount =
                    (int) all.stream().filter(IndicatorScore::isScored).count();
            List<IndicatorScore> missing = all.stream()
                    .filter(s -> s.excluded() == Exclusion.NO_REALIZATION)
                    .toList();
            List<IndicatorScore> cells =
                    columns.stream().map(c -> card.scorecard().indicator(c)).toList();
            scored.add(
                    new OfficeRow(0, cardOffices.get(i), card, scoredCount, all.size() - scoredCount, missing, cells));
        }
        List<OfficeRow> ranked = rank(scored);
        List<OfficeRow> notReported = ranked.stream()
                .filter(r -> !r.missing().isEmpty())
                .sorted(Comparator.comparing(r -> r.office().unit().code()))
                .toList();
        return new KanwilView(
                root,
                year,
                period,
                ranked,
                withoutAgreement,
                notReported,
                columns,
                first == null ? ColourBands.DEFAULT : first.colourBands());
    }

    /** Highest NKO first; equal NKO share a rank (1, 2, 2, 4); no NKO last, unranked order by code. */
    static List<OfficeRow> rank(List<OfficeRow> rows) {
        List<OfficeRow> sorted = new ArrayList<>(rows);
        Comparator<BigDecimal> nkoDesc = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        sorted.sort(Comparator.comparing((OfficeRow r) -> r.scorecard().nko(), nkoDesc)
                .thenComparing(r -> r.office().unit().code()));
        List<OfficeRow> out = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            OfficeRow r = sorted.get(i);
            BigDecimal nko = r.scorecard().nko();
            if (i == 0 || nko == null || previous == null || nko.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = nko;
            out.add(new OfficeRow(rank, r.office(), r.card(), r.scored(), r.excluded(), r.missing(), r.cells()));
        }
        return out;
    }
}
