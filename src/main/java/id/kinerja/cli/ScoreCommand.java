package id.kinerja.cli;

import id.kinerja.framework.Period;
import id.kinerja.scorecard.ScorecardJson;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.ScorecardFormatter;
import id.kinerja.web.TraceText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score --unit KPP-KUPANG --year 2024 --period Y --format json|table}. */
@Command(
        name = "score",
        description = {
            "Nilai Kinerja Organisasi (NKO) unit untuk satu periode.",
            "PERIODE: Q1 Q2 S1 Q3 SDQ3 Q4 Y. Bawaan --format: table."
        })
final class ScoreCommand implements Callable<Integer> {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Option(names = "--unit", required = true, paramLabel = "KODE")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "TAHUN", converter = Converters.Year.class)
    int year;

    @Option(names = "--period", required = true, paramLabel = "PERIODE")
    String period;

    @Option(names = "--format", paramLabel = "json|table", converter = Converters.ScoreFormat.class)
    String format = "table";

    @Spec
    CommandSpec spec;

    private ScorecardService scorecards;

    private TraceText text;

    /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
    @Autowired
    void use(ScorecardService scorecards, TraceText text) {
        this.scorecards = scorecards;
        this.text = text;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            err.println("Periode tidak dikenal: '" + period + "' (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
            return CommandLine.NOT_FOUND;
        }
        UnitScorecard card;
        try {
            card = scorecards.score(unit, year, p);
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
            out.print(
                    ScorecardFormatter.format(card.scorecard(), card.framework(), line -> text.text(line, INDONESIAN)));
        }
        return CommandLine.OK;
    }
}
