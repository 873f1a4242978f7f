package id.kinerja.consistency.internal;

import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.organisation.Unit;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.revenue.TaxType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The check <b>revenue</b> of {@link id.kinerja.consistency.ConsistencyCheck}. */
@Component
public class RevenueChecks {

    static final BigDecimal COARSEST_PRECISION = new BigDecimal("10000000");

    private final RevenueService revenue;

    RevenueChecks(RevenueService revenue) {
        this.revenue = revenue;
    }

    public void check(Unit unit, int year, List<Finding> out) {
        RevenueTotal total = revenue.findTotals(unit.id()).stream()
                .filter(t -> t.year() == year)
                .findFirst()
                .orElse(null);
        List<RevenueLine> lines = revenue.findLines(unit.id()).stream()
                .filter(l -> l.year() == year)
                .toList();
        if (total == null || lines.isEmpty()) {
            return;
        }
        // leaves: a group's own line counts only when none of its types has a line of its own
        Map<String, String> groupOf = revenue.taxTypes().stream()
                .filter(t -> t.groupCode() != null)
                .collect(Collectors.toMap(TaxType::code, TaxType::groupCode));
        Set<String> present = lines.stream().map(RevenueLine::taxTypeCode).collect(Collectors.toSet());
        Set<String> groupsWithParts = new HashSet<>();
        present.forEach(c -> {
            if (groupOf.containsKey(c)) {
                groupsWithParts.add(groupOf.get(c));
            }
        });
        List<RevenueLine> leaves = lines.stream()
                .filter(l -> !groupsWithParts.contains(l.taxTypeCode()))
                .toList();
        sumAgainstTotal("target", leaves.stream().map(RevenueLine::target).toList(), total.target(), year, out);
        sumAgainstTotal(
                "realization", leaves.stream().map(RevenueLine::realization).toList(), total.realization(), year, out);
    }

    /** @param what {@code target} or {@code realization}: the figure ({@code check.figure.*}) */
    private void sumAgainstTotal(String what, List<BigDecimal> parts, BigDecimal total, int year, List<Finding> out) {
        List<BigDecimal> known = parts.stream().filter(Objects::nonNull).toList();
        if (total == null || known.isEmpty()) {
            return;
        }
        BigDecimal sum = known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal diff = sum.subtract(total).abs();
        if (diff.signum() == 0) {
            return;
        }
        BigDecimal tolerance = roundingTolerance(known);
        Message figure = Message.of("check.figure." + what);
        Message where = Message.of("check.where.revenue", year, figure);
        Object[] args = {
            figure, Message.rupiah(sum), Message.rupiah(total), Message.rupiah(diff), Message.rupiah(tolerance)
        };
        if (diff.compareTo(tolerance) <= 0) {
            out.add(new Finding(
                    Severity.INFO,
                    "revenue",
                    where,
                    Message.of("check.revenue.rounding.what", args),
                    Message.of("check.revenue.rounding.fix"),
                    null));
        } else {
            out.add(new Finding(
                    Severity.ERROR,
                    "revenue",
                    where,
                    Message.of("check.revenue.what", args),
                    Message.of("check.revenue.fix", year),
                    null));
        }
    }

    /** Half the precision of each part (largest power of ten dividing it, at most 0,01 miliar), summed. */
    public static BigDecimal roundingTolerance(List<BigDecimal> parts) {
        BigDecimal tolerance = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            if (p.signum() == 0) {
                continue;
            }
            BigDecimal precision = BigDecimal.ONE;
            while (precision.compareTo(COARSEST_PRECISION) < 0
                    && p.remainder(precision.multiply(BigDecimal.TEN)).signum() == 0) {
                precision = precision.multiply(BigDecimal.TEN);
            }
            tolerance = tolerance.add(precision.divide(BigDecimal.TWO));
        }
        return tolerance;
    }
}
