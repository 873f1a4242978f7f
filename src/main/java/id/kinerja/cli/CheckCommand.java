package id.kinerja.cli;

import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.ConsistencyReport;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.FindingTexts;
import id.kinerja.scorecard.ScorecardNotFoundException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --unit KPP-KUPANG --year 2024}: the consistency check before a LAKIN is exported, one finding per
 * paragraph, in Indonesian (the bundle's texts). Exit 0 when nothing needs fixing (no finding, or infos only), {@link #FINDINGS} (4) when there are
 * errors or warnings, 2 bad usage (a year outside 2000 to 2100 too), 3 unknown unit or no agreement for the year.
 */
@Command(
        name = "check",
        description = {
            "Pemeriksaan konsistensi sebelum ekspor LAKIN (narasi, placeholder, target PK, Smt. 1",
            "vs Q2, jumlah vs rinciannya, periode tanpa realisasi). Kode keluar 4 bila ada kesalahan",
            "atau peringatan, 0 bila tidak ada yang perlu diperbaiki."
        })
final class CheckCommand implements Callable<Integer> {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** Exit code: the check found errors or warnings. */
    static final int FINDINGS = 4;

    @Option(names = "--unit", required = true, paramLabel = "KODE")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "TAHUN", converter = Converters.PlausibleYear.class)
    int year;

    @Spec
    CommandSpec spec;

    private ConsistencyCheck check;

    private MessageSource messages;

    private FindingTexts texts;

    /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
    @Autowired
    void use(ConsistencyCheck check, MessageSource messages, FindingTexts texts) {
        this.check = check;
        this.messages = messages;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsistencyReport report;
        try {
            report = check.check(unit, year);
        } catch (ScorecardNotFoundException e) {
            err.println(e.getMessage());
            return CommandLine.NOT_FOUND;
        }
        out.println(messages.getMessage(
                "check.cli.header",
                new Object[] {
                    report.unit().name(),
                    report.unit().code(),
                    String.valueOf(year),
                    report.count(Finding.Severity.ERROR),
                    report.count(Finding.Severity.WARNING),
                    report.count(Finding.Severity.INFO)
                },
                INDONESIAN));
        for (FindingTexts.Shown f : texts.show(report, INDONESIAN)) {
            out.println();
            out.println("["
                    + messages.getMessage(
                                    "check.severity." + f.finding().severity().name(), null, INDONESIAN)
                            .toUpperCase(INDONESIAN)
                    + "] " + f.where());
            out.println("  " + f.what());
            out.println("  " + messages.getMessage("check.cli.fix", new Object[] {f.fix()}, INDONESIAN));
        }
        return report.hasSomethingToFix() ? FINDINGS : CommandLine.OK;
    }
}
