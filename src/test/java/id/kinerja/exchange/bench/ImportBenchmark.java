package id.kinerja.exchange.bench;

import id.kinerja.KinerjaApplication;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.exchange.ImportActor;
import id.kinerja.exchange.ImportPlan;
import id.kinerja.exchange.ImportService;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports 100,000 realization and revenue rows (one workbook: the Realisasi and Pendapatan Bulanan sheets of a
 * Kanwil's offices, year 2024) and compares with a plain fastexcel read of the same file. Goal: import <= 5 s.
 *
 * <p>The application runs on its own embedded PostgreSQL in a fresh data directory (demo data loaded), the offices
 * are created first (copies of Kupang's agreement), then: (1) plain fastexcel read touching every cell, (2) the dry
 * run {@link ImportService#plan} (read + validate + compare with the database + plan), (3) the import
 * {@link ImportService#importNow} (the same plus all writes in one transaction), (4) the dry run of the same file
 * again (nothing to change). Each of (1), (2) is repeated; the best and the median are printed.
 *
 * <p>Run (not part of the test suite: {@code **}{@code /bench/**} is excluded from surefire):
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) id.kinerja.exchange.bench.ImportBenchmark
 * </pre>
 */
public final class ImportBenchmark {

    static final int ROWS = 100_000;

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("kinerja-bench");
        System.setProperty("kinerja.data-dir", dataDir.toString()); // above application.properties
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("kinerja.data-dir=" + dataDir, "logging.level.root=WARN", "logging.level.id.kinerja=WARN")
                .run()) {
            run(context);
        }
    }

    static void run(ConfigurableApplicationContext context) throws Exception {
        Units units = context.getBean(Units.class);
        AgreementRepository agreements = context.getBean(AgreementRepository.class);
        List<TaxType> taxTypes = context.getBean(RevenueService.class).taxTypes();
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        PerformanceAgreement pk = agreements.findCurrent(kupang.id(), 2024).orElseThrow();
        int perUnit = pk.indicators().size() * 5 + taxTypes.size() * 12;
        int offices = (ROWS + perUnit - 1) / perUnit;
        long t0 = System.nanoTime();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < offices; i++) {
            String code = "KPP-BENCH-" + i;
            Unit u = units.create(
                    new NewUnit(code, "KPP Bench " + i, UnitType.KPP, "KANWIL-NUSRA", null, null, null, null, null));
            agreements.create(
                    u.id(),
                    2024,
                    pk.frameworkVersionId(),
                    1,
                    null,
                    null,
                    null,
                    AgreementStatus.SIGNED,
                    pk.firstParty(),
                    pk.secondParty(),
                    pk.indicators(),
                    List.of(),
                    "bench");
            codes.add(code);
        }
        System.out.printf(
                "setup: %d offices x (%d IKU x 5 periods + %d tax types x 12 months) in %.1f s%n",
                offices, pk.indicators().size(), taxTypes.size(), (System.nanoTime() - t0) / 1e9);

        byte[] file = workbook(codes, pk, taxTypes);
        System.out.printf("workbook: %,d bytes%n", file.length);

        long[] plain = new long[5];
        long cells = 0;
        for (int i = 0; i < plain.length; i++) {
            long s = System.nanoTime();
            cells = plainRead(file);
            plain[i] = System.nanoTime() - s;
        }
        System.out.printf(
                "plain fastexcel read (%,d cells): best %.2f s, median %.2f s%n", cells, best(plain), median(plain));

        ImportService imports = context.getBean(ImportService.class);
        ImportActor actor = ImportActor.commandLine();
        long[] dry = new long[3];
        ImportPlan plan = null;
        for (int i = 0; i < dry.length; i++) {
            long s = System.nanoTime();
            plan = imports.plan(file, "bench.xlsx", actor);
            dry[i] = System.nanoTime() - s;
        }
        System.out.printf(
                "dry run (read + validate + plan, %,d rows to add): best %.2f s, median %.2f s%n",
                plan.added(), best(dry), median(dry));

        long s = System.nanoTime();
        ImportPlan applied = imports.importNow(file, "bench.xlsx", actor);
        double apply = (System.nanoTime() - s) / 1e9;
        System.out.printf(
                "import (read + validate + plan + write in one transaction, %,d rows): %.2f s%n",
                applied.added(), apply);

        s = System.nanoTime();
        ImportPlan again = imports.plan(file, "bench.xlsx", actor);
        System.out.printf(
                "dry run of the same file afterwards (%s): %.2f s%n",
                again.nothingToChange() ? "nothing to change" : "CHANGES?!", (System.nanoTime() - s) / 1e9);
    }

    static byte[] workbook(List<String> codes, PerformanceAgreement pk, List<TaxType> taxTypes) throws Exception {
        Random random = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "bench", "1.0");
        Worksheet guide = wb.newWorksheet("Petunjuk");
        guide.value(2, 0, "Kode unit");
        guide.value(2, 1, "KANWIL-NUSRA");
        guide.value(3, 0, "Tahun");
        guide.value(3, 1, 2024);
        String[][] headers = {
            {
                "Unit",
                "Kode Unit|Nama Unit|Jenis Unit|Kode Induk|Kode Resmi|Nama Kepala|Wilayah Kerja|Alamat|Jumlah Pegawai"
            },
            {
                "Target",
                "Kode Unit|Kode IKU|Nama IKU (info)|Bobot|Target Q1|Target Q2|Target S1|Target Q3|Target SDQ3|Target Q4|Target Y"
            },
            {"Realisasi", "Kode Unit|Kode IKU|Nama IKU (info)|Periode|Realisasi|Indeks dilaporkan|Catatan"},
            {"Riwayat", "Kode Unit|Kode IKU|Tahun|Realisasi|Indeks|Catatan"},
            {"Pendapatan", "Kode Unit|Kode Jenis Pajak|Jenis Pajak (info)|Target (Rp)|Realisasi Setahun (Rp)"},
            {"Pendapatan Bulanan", "Kode Unit|Kode Jenis Pajak|Bulan|Realisasi (Rp)"},
            {"Anggaran", "Kode Unit|Kode|Kode Induk|Tingkat|Uraian|Jenis Belanja|Pagu (Rp)|Realisasi (Rp)"},
            {"Anggaran Bulanan", "Kode Unit|Kode|Bulan|Realisasi (Rp)"}
        };
        for (String[] h : headers) {
            Worksheet ws = wb.newWorksheet(h[0]);
            String[] names = h[1].split("\\|");
            for (int i = 0; i < names.length; i++) {
                ws.value(0, i, names[i]);
            }
            int r = 1;
            if (h[0].equals("Realisasi")) {
                for (String code : codes) {
                    for (PerformanceAgreement.Indicator i : pk.indicators()) {
                        for (String p : List.of("Q1", "Q2", "Q3", "Q4", "Y")) {
                            ws.value(r, 0, code);
                            ws.value(r, 1, i.code());
                            ws.value(r, 3, p);
                            ws.value(r, 4, Math.round(random.nextDouble() * 12000) / 100.0);
                            r++;
                        }
                    }
                }
            } else if (h[0].equals("Pendapatan Bulanan")) {
                for (String code : codes) {
                    for (TaxType t : taxTypes) {
                        for (int m = 1; m <= 12; m++) {
                            ws.value(r, 0, code);
                            ws.value(r, 1, t.code());
                            ws.value(r, 2, m);
                            ws.value(r, 3, random.nextInt(1_000_000_000));
                            r++;
                        }
                    }
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static long plainRead(byte[] file) throws Exception {
        long cells = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (var sheet : wb.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        for (Cell c : row) {
                            if (c != null) {
                                Object v = c.getValue();
                                if (v != null) {
                                    cells++;
                                }
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    static double best(long[] times) {
        return Arrays.stream(times).min().orElseThrow() / 1e9;
    }

    static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }
}
