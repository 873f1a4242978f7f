package id.kinerja.cli;

import id.kinerja.exchange.WorkbookExporter;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export --unit KPP-KUPANG --year 2024 --out F.xlsx}: the exchange workbook of a unit and year. */
@Command(
        name = "export",
        description = {
            "Buku kerja Excel unit dan tahun (petunjuk, unit, target, realisasi, riwayat,",
            "pendapatan, anggaran) untuk diisi dan diimpor kembali."
        })
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--unit", required = true, paramLabel = "KODE")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "TAHUN", converter = Converters.Year.class)
    int year;

    @Option(names = "--out", required = true, paramLabel = "BERKAS.xlsx")
    Path out;

    @Spec
    CommandSpec spec;

    private Units units;

    private WorkbookExporter exporter;

    /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
    @Autowired
    void use(Units units, WorkbookExporter exporter) {
        this.units = units;
        this.exporter = exporter;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Unit> found = units.findByCode(unit);
        if (found.isEmpty()) {
            err.println("Unit tidak dikenal: " + unit);
            return CommandLine.NOT_FOUND;
        }
        byte[] bytes = exporter.export(found.get(), year);
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
