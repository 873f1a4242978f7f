package id.kinerja.consistency.internal;

import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.organisation.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The checks <b>budget</b> and <b>budget-kind</b> of {@link id.kinerja.consistency.ConsistencyCheck}. */
@Component
public class BudgetChecks {

    private final BudgetService budgets;

    BudgetChecks(BudgetService budgets) {
        this.budgets = budgets;
    }

    public void check(Unit unit, int year, List<Finding> out) {
        List<BudgetLine> lines = BudgetLine.withParents(budgets.findLines(unit.id(), year));
        if (lines.isEmpty()) {
            return;
        }
        Map<String, List<BudgetLine>> children = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            if (l.parentCode() != null) {
                children.computeIfAbsent(l.parentCode(), k -> new ArrayList<>()).add(l);
            }
        }
        for (BudgetLine parent : lines) {
            List<BudgetLine> kids = children.get(parent.code());
            if (kids == null) {
                continue;
            }
            BigDecimal ceiling = kids.stream().map(BudgetLine::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = kids.stream().map(BudgetLine::realization).reduce(BigDecimal.ZERO, BigDecimal::add);
            int c = ceiling.compareTo(parent.ceiling());
            int s = spent.compareTo(parent.realization());
            if (c == 0 && s == 0) {
                continue;
            }
            boolean above = c > 0 || s > 0;
            out.add(new Finding(
                    above ? Severity.ERROR : Severity.WARNING,
                    "budget",
                    Message.of("check.where.budgetLine", year, parent.code(), parent.name()),
                    Message.of(
                            above ? "check.budget.above.what" : "check.budget.below.what",
                            kids.size(),
                            Message.rupiah(ceiling),
                            Message.rupiah(spent),
                            Message.rupiah(parent.ceiling()),
                            Message.rupiah(parent.realization())),
                    Message.of(above ? "check.budget.above.fix" : "check.budget.below.fix"),
                    null));
        }
        // the kinds' total against the DIPA programs' total, as the budget module computes both
        BudgetYear figures = budgets.year(unit.id(), year);
        if (figures.kindsTotal() == null) {
            return;
        }
        kindAgainst(
                "ceiling", figures.kindsTotal().ceiling(), figures.dipaTotal().ceiling(), year, out);
        kindAgainst(
                "realization",
                figures.kindsTotal().realization(),
                figures.dipaTotal().realization(),
                year,
                out);
        // per kind: the entered summary against the DIPA lines carrying the kind, as the budget module compares them
        for (BudgetYear.KindCheck k : figures.kindMismatches()) {
            out.add(new Finding(
                    Severity.ERROR,
                    "budget-kind",
                    Message.of("check.where.budgetKind", k.kind(), k.name(), year),
                    Message.of(
                            "check.budgetKind.lines.what",
                            k.kind(),
                            Message.rupiah(k.linesCeiling()),
                            Message.rupiah(k.linesRealization()),
                            Message.rupiah(k.ceiling()),
                            Message.rupiah(k.realization())),
                    Message.of("check.budgetKind.lines.fix"),
                    null));
        }
    }

    /** @param what {@code ceiling} or {@code realization}: the figure ({@code check.figure.*}) */
    private void kindAgainst(String what, BigDecimal kinds, BigDecimal programs, int year, List<Finding> out) {
        if (kinds.compareTo(programs) == 0) {
            return;
        }
        Message figure = Message.of("check.figure." + what);
        out.add(new Finding(
                Severity.ERROR,
                "budget-kind",
                Message.of("check.where.budgetTotal", year, figure),
                Message.of(
                        "check.budgetKind.total.what",
                        figure,
                        Message.rupiah(kinds),
                        Message.rupiah(programs),
                        Message.rupiah(kinds.subtract(programs).abs())),
                Message.of("check.budgetKind.total.fix", year),
                null));
    }
}
