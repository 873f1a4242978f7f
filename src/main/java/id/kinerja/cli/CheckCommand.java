package id.kinerja.cli;

import id.kinerja.cli.CommandLine.UsageException;
import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.ConsistencyReport;
import id.kinerja.consistency.Finding;
import id.kinerja.scorecard.ScorecardNotFoundException;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code check --unit KPP-KUPANG --year 2024}: the consistency check before a LAKIN is exported, one finding per
 * paragraph. Exit 0 when nothing needs fixing (no finding, or infos only), {@link #FINDINGS} (4) when there are
 * errors or warnings, 2 bad usage, 3 unknown unit or no agreement for the year.
 */
final class CheckCommand implements CommandLine.Command {

    /** Exit code: the check found errors or warnings. */
    static final int FINDINGS = 4;

    private final String unit;
    private final int year;

    private CheckCommand(String unit, int year) {
        this.unit = unit;
        this.year = year;
    }

    static CheckCommand parse(String[] args) {
        Options o = Options.parse(args, Set.of("unit", "year"));
        int year = o.requiredInt("year");
        if (year < 2000 || year > 2100) {
            throw new UsageException("--year harus tahun seperti 2024, bukan " + year);
        }
        return new CheckCommand(o.required("unit"), year);
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        ConsistencyReport report;
        try {
            report = context.getBean(ConsistencyCheck.class).check(unit, year);
        } catch (ScorecardNotFoundException e) {
            err.println(e.getMessage());
            return CommandLine.NOT_FOUND;
        }
        out.println("Pemeriksaan konsistensi " + report.unit().name() + " (" + report.unit().code() + "), tahun " + year
                + ": " + report.count(Finding.Severity.ERROR) + " kesalahan, " + report.count(Finding.Severity.WARNING)
                + " peringatan, " + report.count(Finding.Severity.INFO) + " informasi.");
        for (Finding f : report.findings()) {
            out.println();
            out.println("[" + label(f.severity()) + "] " + f.where());
            out.println("  " + f.what());
            out.println("  Perbaikan: " + f.fix());
        }
        return report.hasSomethingToFix() ? FINDINGS : CommandLine.OK;
    }

    private static String label(Finding.Severity s) {
        return switch (s) {
            case ERROR -> "KESALAHAN";
            case WARNING -> "PERINGATAN";
            case INFO -> "INFO";
        };
    }
}
