package id.kinerja.report;

import id.kinerja.consistency.DocumentCheck;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.web.NumberParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The consistency check of the LAKIN's own model ({@link LakinReport}, built as it is printed, not rendered): each
 * figure printed in two places is one value, and printed parents equal the sum of their printed children, as a careful
 * reader recomputing from the document would find.
 * <ul>
 *   <li>each IKU's target per period in its table (chapter III) against the PK appendix, and the yearly PK target
 *       of its section against the appendix's yearly column;</li>
 *   <li>the yearly realization and index of its table against the NKO sheet;</li>
 *   <li>revenue (billions, two decimals): each group against its tax types and the total against the groups, in the
 *       target, last year's and this year's realization columns, within the rounding of the printed figures (half a
 *       hundredth per figure added);</li>
 *   <li>budget (whole rupiah, exact): the DIPA total against its programs, the kinds' total against the kinds.</li>
 * </ul>
 */
@Component
class LakinFigures implements DocumentCheck {

    /** Half of the last printed digit of a figure with two decimals. */
    static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    private final ReportService reports;

    LakinFigures(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<Finding> check(String unitCode, int year) {
        return contradictions(reports.lakinModel(unitCode, year));
    }

    static List<Finding> contradictions(LakinReport r) {
        List<Finding> out = new ArrayList<>();
        String base = "/units/" + r.unitCode();
        targetsAndScores(r, base, out);
        revenue(r, base, out);
        budget(r, base, out);
        return out;
    }

    private static void targetsAndScores(LakinReport r, String base, List<Finding> out) {
        Map<String, PkReport.TargetRow> appendix = new HashMap<>();
        r.agreement().targets().forEach(t -> appendix.put(t.code(), t));
        List<String> columns = r.agreement().periods();
        Map<String, NkoReport.Row> sheet = new HashMap<>();
        r.sheet().rows().stream()
                .filter(s -> s.level() == NkoReport.Level.INDICATOR)
                .forEach(s -> sheet.put(s.code(), s));
        String agreementLink = base + "/agreement?year=" + r.year();
        for (LakinReport.PerspectiveBlock block : r.perspectives()) {
            for (LakinReport.Iku iku : block.indicators()) {
                PkReport.TargetRow pk = appendix.get(iku.code());
                for (LakinReport.PeriodCell cell : iku.periods()) {
                    int i = columns.indexOf(cell.label());
                    String printed = pk == null || i < 0 ? "–" : pk.targets().get(i);
                    if (!Objects.equals(cell.target(), printed)) {
                        out.add(new Finding(
                                Severity.ERROR,
                                "document",
                                Message.of("check.where.document.iku", r.year(), iku.code(), period(cell.label())),
                                Message.of("check.document.target.what", cell.target(), printed),
                                Message.of("check.document.fix"),
                                agreementLink));
                    }
                }
                int y = columns.indexOf("Y");
                String yearly = pk == null || y < 0 ? "–" : pk.targets().get(y);
                if (iku.pkTarget() != null && !iku.pkTarget().equals(yearly)) {
                    out.add(new Finding(
                            Severity.ERROR,
                            "document",
                            Message.of("check.where.document.ikuSection", r.year(), iku.code()),
                            Message.of("check.document.pkTarget.what", iku.pkTarget(), yearly),
                            Message.of("check.document.fix"),
                            agreementLink));
                }
                NkoReport.Row s = sheet.get(iku.code());
                LakinReport.PeriodCell cell = iku.periods().stream()
                        .filter(c -> c.label().equals("Y"))
                        .findFirst()
                        .orElse(null);
                if (s == null || cell == null) {
                    continue;
                }
                String link = base + "/iku/" + iku.code() + "?year=" + r.year();
                if (!Objects.equals(cell.realization(), s.realization())) {
                    out.add(new Finding(
                            Severity.ERROR,
                            "document",
                            Message.of("check.where.document.iku", r.year(), iku.code(), period("Y")),
                            Message.of(
                                    "check.document.sheet.what",
                                    Message.of("check.document.figure.realization"),
                                    cell.realization(),
                                    s.realization()),
                            Message.of("check.document.fix"),
                            link));
                }
                if (!Objects.equals(cell.index(), s.index())) {
                    out.add(new Finding(
                            Severity.ERROR,
                            "document",
                            Message.of("check.where.document.iku", r.year(), iku.code(), period("Y")),
                            Message.of(
                                    "check.document.sheet.what",
                                    Message.of("check.document.figure.index"),
                                    cell.index(),
                                    s.index()),
                            Message.of("check.document.fix"),
                            link));
                }
            }
        }
    }

    private static void revenue(LakinReport r, String base, List<Finding> out) {
        if (r.revenue() == null || r.revenue().rows().isEmpty()) {
            return;
        }
        String link = base + "/revenue?year=" + r.year();
        Map<String, Function<LakinReport.RevenueRow, String>> columns = new java.util.LinkedHashMap<>();
        columns.put("target", LakinReport.RevenueRow::target);
        columns.put("lastRealization", LakinReport.RevenueRow::lastRealization);
        columns.put("realization", LakinReport.RevenueRow::realization);
        // a group's tax types follow it; every top-level row is a group
        List<LakinReport.RevenueRow> groups = new ArrayList<>();
        Map<LakinReport.RevenueRow, List<LakinReport.RevenueRow>> types = new HashMap<>();
        for (LakinReport.RevenueRow row : r.revenue().rows()) {
            if (row.group() || groups.isEmpty()) {
                groups.add(row);
                types.put(row, new ArrayList<>());
            } else {
                types.get(groups.getLast()).add(row);
            }
        }
        for (var c : columns.entrySet()) {
            Message column = Message.of("check.document.column." + c.getKey());
            for (LakinReport.RevenueRow g : groups) {
                List<LakinReport.RevenueRow> parts = types.get(g);
                if (!parts.isEmpty()) {
                    sum(
                            Message.of("check.where.document.revenue", r.year(), g.code() + " " + g.name(), column),
                            "check.document.sum.what",
                            g.code() + " " + g.name(),
                            c.getValue().apply(g),
                            parts.stream().map(c.getValue()).toList(),
                            link,
                            out);
                }
            }
            LakinReport.RevenueRow total = r.revenue().total();
            if (total != null) {
                sum(
                        Message.of("check.where.document.revenue", r.year(), total.name(), column),
                        "check.document.sum.what",
                        total.name(),
                        c.getValue().apply(total),
                        groups.stream().map(c.getValue()).toList(),
                        link,
                        out);
            }
        }
    }

    /** A printed total and the printed parts that are numbers, with their sum. */
    private record Printed(BigDecimal total, List<BigDecimal> parts, BigDecimal sum) {

        /** Null when the total is not a number or no part is: nothing to compare. */
        static Printed read(String totalText, List<String> partTexts) {
            BigDecimal total = LakinFigures.read(totalText);
            List<BigDecimal> parts = partTexts.stream()
                    .map(LakinFigures::read)
                    .filter(Objects::nonNull)
                    .toList();
            if (total == null || parts.isEmpty()) {
                return null;
            }
            return new Printed(total, parts, parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** A printed parent against its printed parts, within the rounding of the printed figures. */
    private static void sum(
            Message where,
            String key,
            String name,
            String parentText,
            List<String> partTexts,
            String link,
            List<Finding> out) {
        Printed printed = Printed.read(parentText, partTexts);
        if (printed == null) {
            return;
        }
        BigDecimal parent = printed.total();
        List<BigDecimal> parts = printed.parts();
        BigDecimal sum = printed.sum();
        BigDecimal tolerance = HALF_HUNDREDTH.multiply(BigDecimal.valueOf(parts.size() + 1L));
        BigDecimal diff = sum.subtract(parent).abs();
        if (diff.compareTo(tolerance) > 0) {
            out.add(new Finding(
                    Severity.ERROR,
                    "document",
                    where,
                    Message.of(
                            key,
                            name,
                            Message.index(parent),
                            parts.size(),
                            Message.index(sum),
                            Message.index(diff),
                            Message.index(tolerance)),
                    Message.of("check.document.fix"),
                    link));
        }
    }

    private static void budget(LakinReport r, String base, List<Finding> out) {
        LakinReport.Budget b = r.budget();
        if (b == null) {
            return;
        }
        String link = base + "/budget?year=" + r.year();
        List<LakinReport.BudgetLine> programs =
                b.lines().stream().filter(l -> l.depth() == 0).toList();
        if (b.dipaTotal() != null && !programs.isEmpty()) {
            exact(
                    r.year(),
                    b.dipaTotal().name(),
                    "ceiling",
                    b.dipaTotal().ceiling(),
                    programs.stream().map(LakinReport.BudgetLine::ceiling).toList(),
                    link,
                    out);
            exact(
                    r.year(),
                    b.dipaTotal().name(),
                    "realization",
                    b.dipaTotal().realization(),
                    programs.stream().map(LakinReport.BudgetLine::realization).toList(),
                    link,
                    out);
        }
        if (b.total() != null && !b.kinds().isEmpty()) {
            exact(
                    r.year(),
                    b.total().name(),
                    "ceiling",
                    b.total().ceiling(),
                    b.kinds().stream().map(LakinReport.BudgetKind::ceiling).toList(),
                    link,
                    out);
            exact(
                    r.year(),
                    b.total().name(),
                    "realization",
                    b.total().realization(),
                    b.kinds().stream().map(LakinReport.BudgetKind::realization).toList(),
                    link,
                    out);
        }
    }

    /** A printed rupiah total against its printed parts, exactly (the figures are whole rupiah). */
    private static void exact(
            int year,
            String name,
            String column,
            String totalText,
            List<String> partTexts,
            String link,
            List<Finding> out) {
        Printed printed = Printed.read(totalText, partTexts);
        if (printed == null) {
            return;
        }
        BigDecimal total = printed.total();
        List<BigDecimal> parts = printed.parts();
        BigDecimal sum = printed.sum();
        if (sum.compareTo(total) != 0) {
            out.add(new Finding(
                    Severity.ERROR,
                    "document",
                    Message.of(
                            "check.where.document.budget", year, name, Message.of("check.document.column." + column)),
                    Message.of(
                            "check.document.budget.what",
                            name,
                            Message.rupiah(total),
                            parts.size(),
                            Message.rupiah(sum)),
                    Message.of("check.document.fix"),
                    link));
        }
    }

    /** A figure as printed (Indonesian, "1.609,11"), or null for a dash or anything not a number. */
    static BigDecimal read(String printed) {
        if (printed == null) {
            return null;
        }
        try {
            return NumberParser.read(printed.replace("%", ""), NumberParser.Style.INDONESIAN);
        } catch (NumberParser.Refused e) {
            return null;
        }
    }

    private static Message period(String code) {
        return Message.period(id.kinerja.framework.Period.valueOf(code));
    }
}
