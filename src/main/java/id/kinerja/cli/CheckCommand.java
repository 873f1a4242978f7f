package id.kinerja.cli;

import id.kinerja.cli.CommandLine.UsageException;
import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.ConsistencyReport;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.FindingTexts;
import id.kinerja.scorecard.ScorecardNotFoundException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code check --unit KPP-KUPANG --year 2024}: the consistency check before a LAKIN is exported, one finding per
 * paragraph, in Indonesian (the bundle's texts). Exit 0 when nothing needs fixing (no finding, or infos only), {@link #FINDINGS} (4) when there are
 * errors or warnings, 2 bad usage, 3 unknown unit or no agreement for the year.
 */
final class CheckCommand implements CommandLine.Command {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

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
            // refused before the application starts: the bundle read on its own
            ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
            bundle.setBasename("messages");
            bundle.setDefaultEncoding("UTF-8");
            bundle.setFallbackToSystemLocale(false);
            throw new UsageException(
                    bundle.getMessage("check.cli.year", new Object[] {String.valueOf(year)}, INDONESIAN));
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
        MessageSource messages = context.getBean(MessageSource.class);
        FindingTexts texts = context.getBean(FindingTexts.class);
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
