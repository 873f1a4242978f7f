package id.kinerja.budget;

import java.math.BigDecimal;
import java.util.List;

/** One DIPA line of a unit's year; {@code parentCode} is the code of the line it belongs to (null for a program). */
public record BudgetLine(
        int year,
        String code,
        String parentCode,
        BudgetLevel level,
        String name,
        Integer kind,
        BigDecimal ceiling,
        BigDecimal realization) {

    /**
     * Fills in each line's parent: the longest code-path prefix that is itself a line
     * ({@code CC.4791.BMA.004} -> {@code CC.4791}, since there is no {@code CC.4791.BMA} line;
     * {@code WA.4707.EBB.002} -> {@code WA.4707.EBB}).
     */
    public static List<BudgetLine> withParents(List<BudgetLine> lines) {
        var codes = lines.stream().map(BudgetLine::code).collect(java.util.stream.Collectors.toSet());
        return lines.stream()
                .map(l -> {
                    if (l.parentCode() != null) {
                        return l;
                    }
                    String parent = null;
                    String prefix = l.code();
                    while (parent == null && prefix.lastIndexOf('.') > 0) {
                        prefix = prefix.substring(0, prefix.lastIndexOf('.'));
                        if (codes.contains(prefix)) {
                            parent = prefix;
                        }
                    }
                    return new BudgetLine(
                            l.year(), l.code(), parent, l.level(), l.name(), l.kind(), l.ceiling(), l.realization());
                })
                .toList();
    }
}
