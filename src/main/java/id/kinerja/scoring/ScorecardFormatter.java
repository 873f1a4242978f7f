package id.kinerja.scoring;

import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Framework;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a scorecard as a plain-text NKO sheet (perspective > SS > IKU: target, realization, weight, normalised
 * weight, index, colour), for the CLI's {@code --format table}. Numbers in the columns half-up to 2 places, decimal
 * comma (108,38, as the trace's sentences print them); reasons, warnings and period names are {@link TraceLine}s rendered by the caller's {@code text} (the message
 * bundles), so the engine stays plain Java.
 */
public final class ScorecardFormatter {

    private static final int NAME_WIDTH = 46;
    private static final String ROW = "%-16s %-" + NAME_WIDTH + "s %10s %10s %7s %8s %8s  %-6s%n";

    private ScorecardFormatter() {}

    /**
     * The NKO sheet as text, SS and perspective rows coloured with the framework's bands.
     *
     * @param text renders a trace line (a warning, a reason, a period name) in the reader's language
     */
    public static String format(Scorecard sc, Framework fw, Function<TraceLine, String> text) {
        return format(sc, fw.colourBands(), text);
    }

    /** The message key of a period's name ("report.period.Y": Tahunan). */
    static TraceLine periodName(id.kinerja.framework.Period p) {
        return TraceLine.of("report.period." + p.name());
    }

    private static String format(Scorecard sc, ColourBands bands, Function<TraceLine, String> text) {
        StringBuilder sb = new StringBuilder();
        String period = text.apply(periodName(sc.period()));
        sb.append("Lembar NKO, periode ").append(period).append('\n');
        sb.append(String.format(ROW, "Kode", "Uraian", "Target", "Realisasi", "Bobot", "Bobot%", "Indeks", "Warna"));
        sb.append("-".repeat(16 + 1 + NAME_WIDTH + 1 + 10 + 1 + 10 + 1 + 7 + 1 + 8 + 1 + 8 + 2 + 6))
                .append('\n');
        for (PerspectiveScore p : sc.perspectives()) {
            sb.append(String.format(
                    ROW,
                    p.code(),
                    cut(p.name(), NAME_WIDTH),
                    "",
                    "",
                    num(p.weight(), true),
                    num(p.normalisedWeight(), false),
                    num(p.index(), false),
                    colour(bands, p.index())));
            if (p.excludedReason() != null) {
                sb.append("             ! ")
                        .append(text.apply(p.excludedReason()))
                        .append('\n');
            }
            for (ObjectiveScore o : sc.objectives()) {
                if (!o.perspectiveCode().equals(p.code())) {
                    continue;
                }
                sb.append(String.format(
                        ROW,
                        "  " + o.code(),
                        cut(o.name(), NAME_WIDTH),
                        "",
                        "",
                        "",
                        "",
                        num(o.index(), false),
                        colour(bands, o.index())));
                if (o.excludedReason() != null && p.excludedReason() == null) {
                    sb.append("               ! ")
                            .append(text.apply(o.excludedReason()))
                            .append('\n');
                }
                for (IndicatorScore i : sc.indicators()) {
                    if (!i.objectiveCode().equals(o.code())) {
                        continue;
                    }
                    sb.append(String.format(
                            ROW,
                            "    " + i.code(),
                            cut(i.name(), NAME_WIDTH),
                            i.target() == null
                                    ? "-"
                                    : num(i.target().value(), false)
                                            + (i.target().upper() == null
                                                    ? ""
                                                    : "-" + num(i.target().upper(), false)),
                            num(i.realization(), false) + (i.realizationDerived() ? "*" : ""),
                            num(i.weight(), true),
                            num(i.normalisedWeight(), false),
                            num(i.index(), false),
                            i.colour() == null ? "-" : i.colour().label()));
                    if (i.excluded() != null) {
                        sb.append("                 ! ")
                                .append(text.apply(TraceLine.of(i.excluded().key())))
                                .append('\n');
                    }
                }
            }
        }
        sb.append("-".repeat(16 + 1 + NAME_WIDTH + 1 + 10 + 1 + 10 + 1 + 7 + 1 + 8 + 1 + 8 + 2 + 6))
                .append('\n');
        sb.append("NKO ").append(period).append(": ").append(num(sc.nko(), false));
        if (sc.predicate() != null) {
            sb.append("  predikat: ").append(sc.predicate().name());
        }
        if (sc.colour() != null) {
            sb.append("  warna: ").append(sc.colour().label());
        }
        sb.append('\n');
        sb.append("* realisasi diturunkan\n");
        List<TraceLine> warnings =
                sc.indicators().stream().flatMap(i -> i.warnings().stream()).toList();
        if (!warnings.isEmpty()) {
            sb.append("Peringatan:\n");
            warnings.forEach(w -> sb.append("  - ").append(text.apply(w)).append('\n'));
        }
        return sb.toString();
    }

    private static String colour(ColourBands bands, BigDecimal index) {
        return index == null ? "-" : bands.colourOf(index).label();
    }

    private static String num(BigDecimal d, boolean weight) {
        if (d == null) {
            return "-";
        }
        // decimal comma, as every other number of the Indonesian output (the warnings' 107,97)
        return (weight
                        ? ScoringEngine.plain(d)
                        : d.setScale(2, RoundingMode.HALF_UP).toPlainString())
                .replace('.', ',');
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
