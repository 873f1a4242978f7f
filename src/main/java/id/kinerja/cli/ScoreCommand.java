package id.kinerja.cli;

import id.kinerja.cli.CommandLine.UsageException;
import id.kinerja.framework.Period;
import id.kinerja.scorecard.ScorecardJson;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.ScorecardFormatter;
import id.kinerja.web.TraceText;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code score --unit KPP-KUPANG --year 2024 --period Y --format json|table}. */
final class ScoreCommand implements CommandLine.Command {

    private final String unit;
    private final int year;
    private final String period;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final String format;

    private ScoreCommand(String unit, int year, String period, String format) {
        this.unit = unit;
        this.year = year;
        this.period = period;
        this.format = format;
    }

    static ScoreCommand parse(String[] args) {
        Options o = Options.parse(args, Set.of("unit", "year", "period", "format"));
        String format = o.optional("format", "table");
        if (!format.equals("json") && !format.equals("table")) {
            throw new UsageException("--format harus json atau table, bukan '" + format + "'");
        }
        return new ScoreCommand(o.required("unit"), o.requiredInt("year"), o.required("period"), format);
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            err.println("Periode tidak dikenal: '" + period + "' (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
            return CommandLine.NOT_FOUND;
        }
        UnitScorecard card;
        try {
            card = context.getBean(ScorecardService.class).score(unit, year, p);
        } catch (ScorecardNotFoundException e) {
            err.println(e.getMessage());
            return CommandLine.NOT_FOUND;
        }
        if (format.equals("json")) {
            out.println(ScorecardJson.write(card));
        } else {
            out.println(card.unit().name() + " (" + card.unit().code() + "), tahun " + year + ", kerangka "
                    + card.frameworkVersion().code() + " v"
                    + card.frameworkVersion().version());
            TraceText text = context.getBean(TraceText.class);
            out.print(
                    ScorecardFormatter.format(card.scorecard(), card.framework(), line -> text.text(line, INDONESIAN)));
        }
        return CommandLine.OK;
    }
}
