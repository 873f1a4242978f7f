package id.kinerja.cli;

import id.kinerja.framework.Period;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportKind;
import id.kinerja.report.ReportNotFoundException;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report lakin|nko|pk --unit KPP-KUPANG --year 2024 [--period Q3] --format pdf|docx|html --out FILE}: the same
 * documents as the web pages, written to a file; {@code --period} only for the NKO report.
 */
@Command(
        name = "report",
        subcommands = {ReportCommand.Lakin.class, ReportCommand.Nko.class, ReportCommand.Pk.class})
final class ReportCommand implements CommandLine.Group {

    @Override
    public String missing() {
        return "jenis laporan wajib diisi: report lakin|nko|pk ...";
    }

    @Override
    public String unknown(String argument) {
        return "jenis laporan tidak dikenal '" + argument + "' (lakin, nko, pk)";
    }

    /** The options every document takes, and writing it. */
    abstract static class Document implements Callable<Integer> {

        @Option(names = "--unit", required = true, paramLabel = "KODE", order = 1)
        String unit;

        @Option(names = "--year", required = true, paramLabel = "TAHUN", converter = Converters.Year.class, order = 2)
        int year;

        @Option(
                names = "--format",
                required = true,
                paramLabel = "pdf|docx|html",
                converter = Converters.DocumentFormat.class,
                order = 4)
        ReportFormat format;

        @Option(names = "--out", required = true, paramLabel = "BERKAS", order = 5)
        Path out;

        @Spec
        CommandSpec spec;

        private ReportService reports;

        private ReportRenderer renderer;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(ReportService reports, ReportRenderer renderer) {
            this.reports = reports;
            this.renderer = renderer;
        }

        abstract ReportKind kind();

        /** The period of an NKO report ({@code Y} for the other documents). */
        String period() {
            return "Y";
        }

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Period p;
            try {
                p = Period.parse(period());
            } catch (IllegalArgumentException e) {
                err.println("Periode tidak dikenal: '" + period() + "' (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
                return CommandLine.NOT_FOUND;
            }
            ReportDocument document;
            try {
                document = switch (kind()) {
                    case NKO -> reports.nko(unit, year, p);
                    case PK -> reports.pk(unit, year);
                    case LAKIN -> reports.lakin(unit, year);
                };
            } catch (ReportNotFoundException e) {
                err.println(e.getMessage());
                return CommandLine.NOT_FOUND;
            }
            byte[] bytes = renderer.render(document, format);
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(out, bytes);
            } catch (IOException e) {
                err.println("Berkas tidak dapat ditulis: " + out + " (" + e.getMessage() + ")");
                return CommandLine.FAILED;
            }
            stdout.println(document.title() + " -> " + out + " (" + bytes.length + " byte)");
            return CommandLine.OK;
        }
    }

    @Command(name = "lakin", description = "Laporan kinerja tahunan (LAKIN), ditulis ke BERKAS.")
    static final class Lakin extends Document {
        @Override
        ReportKind kind() {
            return ReportKind.LAKIN;
        }
    }

    @Command(
            name = "nko",
            description =
                    "Laporan NKO satu periode (bawaan --period: Y; PERIODE seperti pada score), ditulis ke BERKAS.")
    static final class Nko extends Document {

        @Option(names = "--period", paramLabel = "PERIODE", order = 3)
        String period = "Y";

        @Override
        ReportKind kind() {
            return ReportKind.NKO;
        }

        @Override
        String period() {
            return period;
        }
    }

    @Command(name = "pk", description = "Dokumen perjanjian kinerja (PK), ditulis ke BERKAS.")
    static final class Pk extends Document {
        @Override
        ReportKind kind() {
            return ReportKind.PK;
        }
    }
}
