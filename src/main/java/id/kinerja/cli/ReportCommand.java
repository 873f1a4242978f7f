package id.kinerja.cli;

import id.kinerja.cli.CommandLine.UsageException;
import id.kinerja.framework.Period;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportKind;
import id.kinerja.report.ReportNotFoundException;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code report lakin|nko|pk --unit KPP-KUPANG --year 2024 [--period Q3] --format pdf|docx|html --out FILE}: the same
 * documents as the web pages, written to a file.
 */
final class ReportCommand implements CommandLine.Command {

    private final ReportKind kind;
    private final String unit;
    private final int year;
    private final String period;
    private final ReportFormat format;
    private final Path out;

    private ReportCommand(ReportKind kind, String unit, int year, String period, ReportFormat format, Path out) {
        this.kind = kind;
        this.unit = unit;
        this.year = year;
        this.period = period;
        this.format = format;
        this.out = out;
    }

    static ReportCommand parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new UsageException("jenis laporan wajib diisi: report lakin|nko|pk ...");
        }
        String name = args[0];
        ReportKind kind = ReportKind.find(name);
        if (kind == null) {
            throw new UsageException("jenis laporan tidak dikenal '" + name + "' (lakin, nko, pk)");
        }
        Set<String> accepted = kind == ReportKind.NKO
                ? Set.of("unit", "year", "period", "format", "out")
                : Set.of("unit", "year", "format", "out");
        Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length), accepted);
        ReportFormat format;
        try {
            format = ReportFormat.parse(o.required("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        return new ReportCommand(
                kind,
                o.required("unit"),
                o.requiredInt("year"),
                o.optional("period", "Y"),
                format,
                Path.of(o.required("out")));
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream stdout, PrintStream err) {
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            err.println("Periode tidak dikenal: '" + period + "' (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
            return CommandLine.NOT_FOUND;
        }
        ReportService reports = context.getBean(ReportService.class);
        ReportDocument document;
        try {
            document = switch (kind) {
                case NKO -> reports.nko(unit, year, p);
                case PK -> reports.pk(unit, year);
                case LAKIN -> reports.lakin(unit, year);
            };
        } catch (ReportNotFoundException e) {
            err.println(e.getMessage());
            return CommandLine.NOT_FOUND;
        }
        byte[] bytes = context.getBean(ReportRenderer.class).render(document, format);
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
