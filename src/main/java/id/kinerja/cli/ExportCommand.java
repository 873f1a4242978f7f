package id.kinerja.cli;

import id.kinerja.exchange.WorkbookExporter;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code export --unit KPP-KUPANG --year 2024 --out F.xlsx}: the exchange workbook of a unit and year. */
final class ExportCommand implements CommandLine.Command {

    private final String unit;
    private final int year;
    private final Path out;

    private ExportCommand(String unit, int year, Path out) {
        this.unit = unit;
        this.year = year;
        this.out = out;
    }

    static ExportCommand parse(String[] args) {
        Options o = Options.parse(args, Set.of("unit", "year", "out"));
        return new ExportCommand(o.required("unit"), o.requiredInt("year"), Path.of(o.required("out")));
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream stdout, PrintStream err) {
        Optional<Unit> found = context.getBean(Units.class).findByCode(unit);
        if (found.isEmpty()) {
            err.println("Unit tidak dikenal: " + unit);
            return CommandLine.NOT_FOUND;
        }
        byte[] bytes = context.getBean(WorkbookExporter.class).export(found.get(), year);
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
        stdout.println("Ekspor " + unit + " " + year + " -> " + out + " (" + bytes.length + " byte)");
        return CommandLine.OK;
    }
}
