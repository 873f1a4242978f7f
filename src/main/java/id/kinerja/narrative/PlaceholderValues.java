package id.kinerja.narrative;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetYear;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import id.kinerja.web.PeriodNames;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;

/**
 * The values of one unit's year for {@link Placeholders} (grammar there): the official scorecard of each period
 * (computed once, when first asked), the agreement's targets, and the revenue and budget figures as the revenue and
 * budget modules compute them ({@link RevenueYear}, {@link BudgetYear}), so a sentence prints what the tables print.
 */
public final class PlaceholderValues implements Placeholders.Values {

    private final Unit unit;
    private final int year;
    private final ScoringContext context;
    private final Function<Period, Scorecard> scorer;
    private final RevenueYear revenue;
    private final BudgetYear budget;
    private final Formats formats;
    private final Map<Period, Scorecard> scored = new EnumMap<>(Period.class);

    /** The period codes a placeholder name takes (narrative.placeholders.help). */
    private static final String PERIOD_CODES = "Q1, Q2, S1, Q3, SDQ3, Q4, Y";

    /**
     * @param context     the year's scoring context, or null when the unit has no agreement for the year
     * @param scorer      scores a period of that context (official: approved realizations)
     * @param revenue     the year's revenue figures ({@code RevenueService.year})
     * @param budget      the year's DIPA figures ({@code BudgetService.year})
     */
    public PlaceholderValues(
            Unit unit,
            int year,
            ScoringContext context,
            Function<Period, Scorecard> scorer,
            RevenueYear revenue,
            BudgetYear budget,
            Formats formats) {
        this.unit = unit;
        this.year = year;
        this.context = context;
        this.scorer = scorer;
        this.revenue = revenue;
        this.budget = budget;
        this.formats = formats;
    }

    @Override
    public Placeholders.Resolution resolve(String name) {
        String[] p = name.split("\\.", -1);
        return switch (p[0]) {
            case "tahun" ->
                p.length == 1 ? ok(String.valueOf(year)) : unknown(name, why("narrative.why.write", "{{tahun}}"));
            case "unit" -> unitFact(name, p);
            case "kepala" -> headFact(name, p);
            case "iku" -> indicator(name, p);
            case "nko", "predikat" -> organisation(name, p);
            case "ss" -> objective(name, p);
            case "perspektif" -> perspective(name, p);
            case "penerimaan" -> revenue(name, p);
            case "anggaran" -> budget(name, p);
            case "belanja" -> kind(name, p);
            default ->
                unknown(
                        name,
                        why(
                                "narrative.why.starts",
                                "iku, nko, predikat, ss, perspektif, penerimaan, anggaran, belanja, tahun, unit, kepala"));
        };
    }

    /** {@code unit.nama}, {@code unit.pegawai}, {@code unit.wilayah}: the unit's facts as the unit pages keep them. */
    private Placeholders.Resolution unitFact(String name, String[] p) {
        String fact = p.length == 2 ? p[1] : "";
        return switch (fact) {
            case "nama" -> ok(unit.name());
            case "pegawai" ->
                unit.staffCount() == null
                        ? missing(name, why("narrative.why.staff"))
                        : ok(formats.rupiah(BigDecimal.valueOf(unit.staffCount())));
            case "wilayah" -> unit.area() == null ? missing(name, why("narrative.why.area")) : ok(unit.area());
            default ->
                unknown(name, why("narrative.why.writeOneOf", "{{unit.nama}}, {{unit.pegawai}}, {{unit.wilayah}}"));
        };
    }

    /** {@code kepala.nama}, {@code kepala.nip}, {@code kepala.jabatan}: the unit's head as the unit pages keep it. */
    private Placeholders.Resolution headFact(String name, String[] p) {
        String fact = p.length == 2 ? p[1] : "";
        return switch (fact) {
            case "nama" -> present(name, unit.headName(), "narrative.why.head");
            case "nip" -> present(name, unit.headNip(), "narrative.why.headNip");
            case "jabatan" -> present(name, unit.headPosition(), "narrative.why.headPosition");
            default ->
                unknown(name, why("narrative.why.writeOneOf", "{{kepala.nama}}, {{kepala.nip}}, {{kepala.jabatan}}"));
        };
    }

    private Placeholders.Resolution present(String name, String value, String why) {
        return value == null || value.isBlank() ? missing(name, why(why)) : ok(value);
    }

    private Placeholders.Resolution indicator(String name, String[] p) {
        if (p.length != 4) {
            return unknown(
                    name,
                    why("narrative.why.form", "iku.<IKU>.target|realisasi|indeks.<Q1..Y>", "iku.01a-CP.realisasi.Y"));
        }
        if (context == null) {
            return missing(name, why("narrative.why.noAgreement", String.valueOf(year)));
        }
        PerformanceAgreement.Indicator agreed = context.agreement().indicators().stream()
                .filter(i -> i.code().equals(p[1]))
                .findFirst()
                .orElse(null);
        if (agreed == null) {
            return unknown(name, why("narrative.why.notAgreed", p[1], String.valueOf(year)));
        }
        Period period = period(p[3]);
        if (period == null) {
            return unknown(name, why("narrative.why.period", p[3], PERIOD_CODES));
        }
        Indicator ind = context.framework().indicator(agreed.code());
        MeasurementUnit mu = ind == null ? null : ind.unit();
        return switch (p[2]) {
            case "target" -> {
                Target t = agreed.targets().get(period);
                if (t == null) {
                    yield missing(name, why("narrative.why.noTarget", p[1], PeriodNames.of(period)));
                }
                yield ok(
                        t.upper() == null
                                ? inUnit(t.value(), mu)
                                : inUnit(t.value(), mu) + "–" + inUnit(t.upper(), mu));
            }
            case "realisasi" -> {
                IndicatorScore s = score(period).indicator(agreed.code());
                yield s == null || s.realization() == null
                        ? missing(name, why("narrative.why.noRealization", p[1], PeriodNames.of(period)))
                        : ok(inUnit(s.realization(), mu));
            }
            case "indeks" -> {
                IndicatorScore s = score(period).indicator(agreed.code());
                yield s == null || s.index() == null
                        ? missing(name, why("narrative.why.notScored", p[1], PeriodNames.of(period)))
                        : ok(formats.index(s.index()));
            }
            default -> unknown(name, why("narrative.why.measure", p[2]));
        };
    }

    private Placeholders.Resolution organisation(String name, String[] p) {
        if (p.length != 2) {
            return unknown(name, why("narrative.why.form", p[0] + ".<Q1..Y>", p[0] + ".Y"));
        }
        Period period = period(p[1]);
        if (period == null) {
            return unknown(name, why("narrative.why.period", p[1], PERIOD_CODES));
        }
        if (context == null) {
            return missing(name, why("narrative.why.noAgreement", String.valueOf(year)));
        }
        Scorecard card = score(period);
        if (card.nko() == null) {
            return missing(name, why("narrative.why.nko", PeriodNames.of(period)));
        }
        if (p[0].equals("nko")) {
            return ok(formats.index(card.nko()));
        }
        return card.predicate() == null
                ? missing(name, why("narrative.why.noScale"))
                : ok(card.predicate().name());
    }

    private Placeholders.Resolution objective(String name, String[] p) {
        if (p.length != 3) {
            return unknown(name, why("narrative.why.form", "ss.<SS>.<Q1..Y>", "ss.SS1.Y"));
        }
        Period period = period(p[2]);
        if (period == null) {
            return unknown(name, why("narrative.why.period", p[2], PERIOD_CODES));
        }
        if (context == null) {
            return missing(name, why("narrative.why.noAgreement", String.valueOf(year)));
        }
        if (context.framework().objective(p[1]) == null) {
            return unknown(
                    name,
                    why("narrative.why.noObjective", p[1], context.framework().id()));
        }
        ObjectiveScore s = score(period).objective(p[1]);
        return s == null || s.index() == null
                ? missing(name, why("narrative.why.objectiveNotScored", p[1], PeriodNames.of(period)))
                : ok(formats.index(s.index()));
    }

    private Placeholders.Resolution perspective(String name, String[] p) {
        if (p.length != 3) {
            return unknown(
                    name,
                    why(
                            "narrative.why.form",
                            "perspektif.<STAKEHOLDER|CUSTOMER|...>.<Q1..Y>",
                            "perspektif.STAKEHOLDER.Y"));
        }
        Period period = period(p[2]);
        if (period == null) {
            return unknown(name, why("narrative.why.period", p[2], PERIOD_CODES));
        }
        if (context == null) {
            return missing(name, why("narrative.why.noAgreement", String.valueOf(year)));
        }
        String code = p[1].toUpperCase(Locale.ROOT);
        if (context.framework().perspective(code) == null) {
            return unknown(
                    name,
                    why("narrative.why.noPerspective", p[1], context.framework().id()));
        }
        PerspectiveScore s = score(period).perspective(code);
        return s == null || s.index() == null
                ? missing(name, why("narrative.why.perspectiveNotScored", p[1], PeriodNames.of(period)))
                : ok(formats.index(s.index()));
    }

    private Placeholders.Resolution revenue(String name, String[] p) {
        if (p.length != 2 || !List.of("target", "realisasi", "capaian").contains(p[1])) {
            return unknown(
                    name, why("narrative.why.forms", "penerimaan.target | penerimaan.realisasi | penerimaan.capaian"));
        }
        RevenueYear.Row total = revenue.total();
        return switch (p[1]) {
            case "target" ->
                total.target() == null
                        ? missing(name, why("narrative.why.revenueTarget", String.valueOf(year)))
                        : ok(formats.rupiah(total.target()));
            case "realisasi" ->
                total.realization() == null
                        ? missing(name, why("narrative.why.revenueRealization", String.valueOf(year)))
                        : ok(formats.rupiah(total.realization()));
            default ->
                total.achievement() == null
                        ? missing(name, why("narrative.why.revenueIncomplete", String.valueOf(year)))
                        : ok(formats.index(total.achievement()) + "%");
        };
    }

    private Placeholders.Resolution budget(String name, String[] p) {
        if (p.length != 2 || !List.of("pagu", "realisasi", "penyerapan").contains(p[1])) {
            return unknown(
                    name, why("narrative.why.forms", "anggaran.pagu | anggaran.realisasi | anggaran.penyerapan"));
        }
        if (budget.lines().isEmpty()) {
            return missing(name, why("narrative.why.dipa", String.valueOf(year)));
        }
        BudgetYear.Total dipa = budget.dipaTotal();
        return switch (p[1]) {
            case "pagu" -> ok(formats.rupiah(dipa.ceiling()));
            case "realisasi" -> ok(formats.rupiah(dipa.realization()));
            default ->
                dipa.absorption() == null
                        ? missing(name, why("narrative.why.dipaZero", String.valueOf(year)))
                        : ok(formats.index(dipa.absorption()) + "%");
        };
    }

    private Placeholders.Resolution kind(String name, String[] p) {
        if (p.length != 3
                || !List.of("51", "52", "53").contains(p[1])
                || !List.of("pagu", "realisasi", "penyerapan").contains(p[2])) {
            return unknown(name, why("narrative.why.forms", "belanja.51|52|53.pagu|realisasi|penyerapan"));
        }
        BudgetYear.Kind k = budget.kinds().stream()
                .filter(t -> String.valueOf(t.kind()).equals(p[1]))
                .findFirst()
                .orElse(null);
        if (k == null) {
            return missing(name, why("narrative.why.kind", p[1], String.valueOf(year)));
        }
        return switch (p[2]) {
            case "pagu" -> ok(formats.rupiah(k.ceiling()));
            case "realisasi" -> ok(formats.rupiah(k.realization()));
            default ->
                k.absorption() == null
                        ? missing(name, why("narrative.why.kindZero", p[1]))
                        : ok(formats.index(k.absorption()) + "%");
        };
    }

    private Scorecard score(Period period) {
        return scored.computeIfAbsent(period, scorer);
    }

    private String inUnit(BigDecimal value, MeasurementUnit unit) {
        if (unit == null) {
            return formats.index(value);
        }
        return switch (unit) {
            case PERCENT -> formats.index(value) + "%";
            case RUPIAH -> formats.rupiah(value);
            case COUNT -> value.stripTrailingZeros().scale() <= 0 ? formats.rupiah(value) : formats.index(value);
            case INDEX -> formats.index(value);
        };
    }

    private static Period period(String text) {
        try {
            return text.isBlank() ? null : Period.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Placeholders.Resolution ok(String text) {
        return Placeholders.Resolution.ok(text);
    }

    private static Placeholders.Resolution unknown(String name, MessageSourceResolvable why) {
        return Placeholders.Resolution.unknown(name, why);
    }

    private static Placeholders.Resolution missing(String name, MessageSourceResolvable why) {
        return Placeholders.Resolution.missing(name, why);
    }

    /** Why a name does not resolve: a {@code narrative.why.*} message. */
    private static MessageSourceResolvable why(String code, Object... args) {
        return Placeholders.message(code, args);
    }
}
