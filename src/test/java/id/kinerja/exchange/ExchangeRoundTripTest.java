package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.FindingTexts;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRoundTripTest {

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportedIndexRepository reportedIndexes;

    @Autowired
    ConsistencyCheck check;

    @Autowired
    FindingTexts texts;

    ImportActor as(String username) {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(username));
    }

    @Test
    void exportOfKupangThenDryRunOfTheSameFileChangesNothing() throws Exception {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        byte[] file = exporter.export(kupang, 2024);
        for (String user : new String[] {"kupang.admin", "admin"}) {
            ImportPlan plan = imports.plan(file, "kupang.xlsx", as(user));
            assertThat(plan.nothingToChange()).as(imports.summary(plan)).isTrue();
            assertThat(plan.unchanged()).isGreaterThan(30);
            assertThat(imports.summary(plan)).contains("Tidak ada perubahan");
        }
        ImportPlan cli = imports.importNow(file, "kupang.xlsx", ImportActor.commandLine());
        assertThat(cli.nothingToChange()).isTrue();
    }

    @Test
    void exportedSheetsHaveIndonesianHeadersFrozenRowsAndDropDowns() throws Exception {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exporter.export(kupang, 2024)))) {
            Sheet realisasi = wb.getSheet("Realisasi");
            assertThat(realisasi.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Periode");
            assertThat(realisasi.getPaneInformation().isFreezePane()).isTrue();
            assertThat(realisasi.getDataValidations()).isNotEmpty();
            assertThat(wb.getSheet("Petunjuk").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("KPP-KUPANG");
            assertThat(wb.getSheet("Target").getLastRowNum()).isGreaterThan(5);
            assertThat(wb.getSheet("Anggaran").getLastRowNum()).isGreaterThan(3);
        }
    }

    @Test
    void theBudgetLevelsAndTheAgreementStatusAreWrittenInIndonesianAndOldCodesStillImport() throws Exception {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        byte[] file = exporter.export(kupang, 2024);
        byte[] withCodes;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet budget = wb.getSheet("Anggaran");
            Set<String> levels = new java.util.TreeSet<>();
            for (int r = 1; r <= budget.getLastRowNum(); r++) {
                levels.add(budget.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(levels)
                    .isNotEmpty()
                    .isSubsetOf("Program", "Kegiatan", "Output", "Komponen")
                    .contains("Program", "Kegiatan");
            StringBuilder guide = new StringBuilder();
            var cells = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : wb.getSheet("Petunjuk")) {
                for (var cell : row) {
                    guide.append(cells.formatCellValue(cell)).append('\n');
                }
            }
            assertThat(guide.toString())
                    .contains("ditandatangani")
                    .contains("Q1 = Triwulan I")
                    .contains("Y = Tahunan")
                    .doesNotContain("SIGNED")
                    .doesNotContain("DRAFT")
                    .doesNotContain("PROGRAM, ACTIVITY");
            // a file exported before the labels: the level codes
            for (int r = 1; r <= budget.getLastRowNum(); r++) {
                var cell = budget.getRow(r).getCell(3);
                cell.setCellValue(
                        switch (cell.getStringCellValue()) {
                            case "Program" -> "PROGRAM";
                            case "Kegiatan" -> "ACTIVITY";
                            case "Output" -> "OUTPUT";
                            default -> "COMPONENT";
                        });
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            withCodes = out.toByteArray();
        }
        assertThat(imports.plan(withCodes, "kupang-lama.xlsx", as("admin")).nothingToChange())
                .isTrue();
    }

    @Test
    void aTextThatLooksLikeAFormulaIsExportedWithAnApostropheAndImportedBackAsTyped() throws Exception {
        OwnUnit own = OwnUnit.create("fx", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        jdbc.sql("update unit set head_name = '=HYPERLINK(\"http://x\")', address = '@SUM(A1)' where id = ?")
                .param(own.unit.id())
                .update();
        Unit unit = units.findById(own.unit.id()).orElseThrow();
        byte[] file = exporter.export(unit, 2024);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var row = wb.getSheet("Unit").getRow(1);
            assertThat(row.getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("'@SUM(A1)");
        }
        assertThat(WorkbookExporter.safe("+62 380")).isEqualTo("'+62 380");
        assertThat(WorkbookExporter.safe("-5")).isEqualTo("'-5");
        assertThat(WorkbookExporter.safe("\tx")).isEqualTo("'\tx");
        assertThat(WorkbookExporter.safe("Kupang")).isEqualTo("Kupang");
        assertThat(imports.plan(file, "fx.xlsx", as(own.user("admin"))).nothingToChange())
                .isTrue();
    }

    @Test
    void aChangedRealizationIsPlannedWithOldAndNewAndAppliedWithAudit() throws Exception {
        OwnUnit own =
                OwnUnit.create("rt", true, Set.of("04a-CP"), units, agreements, frameworks, realizations, accounts);
        byte[] file = exporter.export(own.unit, 2024);
        byte[] changed;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet s = wb.getSheet("Realisasi");
            int r = s.getLastRowNum() + 1;
            var row = s.createRow(r);
            row.createCell(0).setCellValue(own.code());
            row.createCell(1).setCellValue("04a-CP");
            row.createCell(3).setCellValue("Q1");
            row.createCell(4).setCellValue(100);
            row.createCell(5).setCellValue(55.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            changed = out.toByteArray();
        }
        ImportPlan plan = imports.plan(changed, "ubah.xlsx", as(own.user("admin")));
        assertThat(plan.added()).isEqualTo(1);
        assertThat(plan.changed()).isZero();
        assertThat(plan.flags()).hasSize(1);
        assertThat(plan.flags().getFirst().explanation())
                .contains("04a-CP periode Triwulan I:")
                .contains("55,5");
        assertThat(plan.realizationStatus()).isEqualTo("VERIFIED");
        // the head's-approval rule: the performance administrator's import waits for approval
        imports.importNow(changed, "ubah.xlsx", as(own.user("admin")));
        String status = jdbc.sql(
                        "select status || '/' || source from realization where unit_id = ? and year = 2024 and indicator_code = '04a-CP' and period = 'Q1'")
                .param(own.unit.id())
                .query(String.class)
                .single();
        assertThat(status).isEqualTo("VERIFIED/IMPORT");
        assertThat(jdbc.sql("select count(*) from audit_event where unit_id = ? and username = ? and action = 'IMPORT'")
                        .params(own.unit.id(), own.user("admin"))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(imports.plan(changed, "ubah.xlsx", as(own.user("admin"))).nothingToChange())
                .isTrue();
        // the sibling's administrator may not change this unit's data
        assertThatThrownBy(() -> imports.plan(exportWithChangedQ1(own), "x.xlsx", as(own.user("sibling"))))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("tidak berwenang");
    }

    byte[] exportWithChangedQ1(OwnUnit own) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exporter.export(own.unit, 2024)))) {
            wb.getSheet("Realisasi").getRow(1).getCell(4).setCellValue(1.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The "Indeks dilaporkan" column is stored on import (the realization itself unchanged), flagged by every later
     * consistency check, written back by the export (so a round trip changes nothing) and removed by a file without it.
     */
    @Test
    void aReportedIndexIsStoredFlaggedByLaterChecksAndKeptByTheRoundTrip() throws Exception {
        OwnUnit own = OwnUnit.create("ri", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        byte[] reported = withReportedIndex(exporter.export(own.unit, 2024), "04a-CP", "Q4", 12.34);
        ImportPlan plan = imports.importNow(reported, "indeks.xlsx", ImportActor.commandLine());
        assertThat(plan.changed()).isEqualTo(1);
        assertThat(reportedIndexes.findByUnitAndYear(own.unit.id(), 2024))
                .containsExactly(new ReportedIndex("04a-CP", Period.Q4, new BigDecimal("12.34")));
        assertThat(jdbc.sql("select count(*) from realization where unit_id = ? and source = 'IMPORT'")
                        .param(own.unit.id())
                        .query(Long.class)
                        .single())
                .isZero();
        Finding f = check.check(own.code(), 2024).findings().stream()
                .filter(x -> x.check().equals("reported-index"))
                .findFirst()
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
        Locale id = Locale.forLanguageTag("id-ID");
        assertThat(texts.text(f.where(), id)).isEqualTo("IKU 04a-CP, Triwulan IV");
        assertThat(texts.text(f.what(), id)).contains("12,34", "IKU 04a-CP periode Triwulan IV");
        byte[] again = exporter.export(units.findById(own.unit.id()).orElseThrow(), 2024);
        assertThat(imports.plan(again, "lagi.xlsx", ImportActor.commandLine()).nothingToChange())
                .isTrue();
        byte[] without = withReportedIndex(again, "04a-CP", "Q4", null);
        assertThat(imports.importNow(without, "tanpa.xlsx", ImportActor.commandLine())
                        .changed())
                .isEqualTo(1);
        assertThat(reportedIndexes.findByUnitAndYear(own.unit.id(), 2024)).isEmpty();
        assertThat(check.check(own.code(), 2024).findings())
                .noneMatch(x -> x.check().equals("reported-index"));
    }

    private static byte[] withReportedIndex(byte[] file, String iku, String period, Double index) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet s = wb.getSheet("Realisasi");
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                var row = s.getRow(i);
                if (row != null
                        && iku.equals(row.getCell(1).getStringCellValue())
                        && period.equals(row.getCell(3).getStringCellValue())) {
                    if (index == null) {
                        row.removeCell(row.getCell(5));
                    } else {
                        row.createCell(5).setCellValue(index);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void kupangScoreIsUntouched() {
        assertThat(scorecards
                        .score("KPP-KUPANG", 2024, Period.Y)
                        .scorecard()
                        .nko()
                        .setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("108.38"));
    }
}
