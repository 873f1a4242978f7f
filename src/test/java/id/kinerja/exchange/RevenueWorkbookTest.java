package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.revenue.RevenueActivity;
import id.kinerja.revenue.RevenueFigures;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The revenue sheets of the workbook: five years in one Pendapatan sheet (the Tahun column), an older sheet without
 * the column read as the workbook's year, the Penerimaan Neto and Penerimaan PPM PKM sheets checked by the rules of
 * the web, and the export writing every year back so the round trip changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RevenueWorkbookTest {

    static final long B = 1_000_000_000L;

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    RevenueService revenue;

    @Autowired
    RevenueFigures figures;

    ImportActor as(String username) {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(username));
    }

    OwnUnit own(String prefix) {
        return OwnUnit.create(prefix, false, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    interface Edit {
        void apply(XSSFWorkbook wb);
    }

    static byte[] edit(byte[] file, Edit edit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            edit.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void add(Sheet s, Object... values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    @Test
    void fiveYearsInOneSheetWithTheirNetRevenueAndPpmComeInAndGoBackOut() throws Exception {
        OwnUnit own = own("rw");
        byte[] file = edit(exporter.export(own.unit, 2024), wb -> {
            Sheet lines = wb.getSheet(WorkbookLayout.REVENUE);
            Sheet nets = wb.getSheet(WorkbookLayout.REVENUE_NET);
            for (int y = 2020; y <= 2024; y++) {
                long k = y - 2019;
                add(lines, own.code(), "A1", null, 100 * k * B, 101 * k * B, y);
                add(lines, own.code(), "C", null, k * B, k * B, y);
                add(nets, own.code(), y, 101 * k * B, 110 * k * B, 8 * k * B, null);
            }
            // a row without a year: the workbook's (2024)
            add(lines, own.code(), "D", null, 7 * B, 8 * B, null);
            Sheet ppm = wb.getSheet(WorkbookLayout.REVENUE_ACTIVITIES);
            add(ppm, own.code(), 2024, "PPM", "Q4", 50 * B, 51 * B);
            add(ppm, own.code(), 2024, "ppm", "Q1", 8 * B, 9 * B);
        });
        ImportPlan plan = imports.importNow(file, "lima-tahun.xlsx", as(own.user("admin")));
        assertThat(plan.added()).isEqualTo(5 * 2 + 1 + 5 + 2);

        Set<Integer> years = new TreeSet<>();
        revenue.findLines(own.unit.id()).forEach(l -> years.add(l.year()));
        assertThat(years).containsExactly(2020, 2021, 2022, 2023, 2024);
        assertThat(revenue.findLines(own.unit.id()))
                .filteredOn(l -> l.taxTypeCode().equals("D"))
                .extracting(RevenueLine::year)
                .containsExactly(2024);
        // the net per year: 110 - 8 = 102 (x k) billion, the history of the revenue page from it
        RevenueYear y = revenue.year(own.unit.id(), 2024);
        assertThat(y.history()).hasSize(5).allMatch(RevenueYear.HistoryYear::hasData);
        assertThat(y.history().getFirst().realization()).isEqualByComparingTo(String.valueOf(102 * B));
        assertThat(y.total().realization()).isEqualByComparingTo(String.valueOf(510 * B));
        assertThat(y.reported().gross()).isEqualByComparingTo(String.valueOf(550 * B));
        assertThat(figures.activities(own.unit.id(), 2024).get(RevenueActivity.PPM))
                .containsOnlyKeys(Period.Q1, Period.Q4);

        // the export writes every year present, and reading it back changes nothing
        byte[] again = exporter.export(own.unit, 2024);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            Sheet lines = wb.getSheet(WorkbookLayout.REVENUE);
            assertThat(lines.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Tahun");
            Set<Integer> written = new HashSet<>();
            for (int r = 1; r <= lines.getLastRowNum(); r++) {
                written.add((int) lines.getRow(r).getCell(5).getNumericCellValue());
            }
            assertThat(written).containsExactlyInAnyOrder(2020, 2021, 2022, 2023, 2024);
            assertThat(wb.getSheet(WorkbookLayout.REVENUE_NET).getLastRowNum()).isEqualTo(5);
            assertThat(wb.getSheet(WorkbookLayout.REVENUE_ACTIVITIES).getLastRowNum())
                    .isEqualTo(2);
        }
        ImportPlan back = imports.plan(again, "lagi.xlsx", as(own.user("admin")));
        assertThat(back.nothingToChange()).as(imports.summary(back)).isTrue();
    }

    @Test
    void anOlderSheetWithoutTheYearColumnAndWithoutTheNewSheetsIsReadAsTheWorkbooksYear() throws Exception {
        OwnUnit own = own("ro");
        byte[] old = edit(exporter.export(own.unit, 2024), wb -> {
            Sheet lines = wb.getSheet(WorkbookLayout.REVENUE);
            lines.getRow(0).removeCell(lines.getRow(0).getCell(5));
            add(lines, own.code(), "A2", null, 40 * B, 41 * B);
            wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.REVENUE_ACTIVITIES));
            wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.REVENUE_NET));
        });
        imports.importNow(old, "lama.xlsx", as(own.user("admin")));
        assertThat(revenue.findLines(own.unit.id())).singleElement().satisfies(l -> {
            assertThat(l.year()).isEqualTo(2024);
            assertThat(l.taxTypeCode()).isEqualTo("A2");
        });
    }

    /** Every problem of the refused import, one per line. */
    String problems(byte[] file, OwnUnit own) {
        try {
            imports.importNow(file, "salah.xlsx", as(own.user("admin")));
        } catch (ImportRejectedException e) {
            return String.join(
                    "\n", e.problems().stream().map(ImportProblem::text).toList());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aWrongNetRowOrADuplicateYearRefusesTheWholeFileNamingSheetRowAndColumn() throws Exception {
        OwnUnit own = own("rx");
        // what the reader refuses: a word that is no activity, a period that is no quarter
        byte[] unreadable = edit(
                exporter.export(own.unit, 2024),
                wb -> add(wb.getSheet(WorkbookLayout.REVENUE_ACTIVITIES), own.code(), 2024, "PPN", "S1", 1, 1));
        assertThat(problems(unreadable, own))
                .contains("Lembar 'Penerimaan PPM PKM', baris 2, kolom C (Kegiatan): 'PPN' bukan kegiatan (PPM, PKM)")
                .contains("Lembar 'Penerimaan PPM PKM', baris 2, kolom D (Triwulan): 'S1' bukan triwulan");
        // what the plan refuses: the same year and tax type twice, a net that is not gross - refunds
        byte[] bad = edit(exporter.export(own.unit, 2024), wb -> {
            add(wb.getSheet(WorkbookLayout.REVENUE), own.code(), "A1", null, B, B, 2023);
            add(wb.getSheet(WorkbookLayout.REVENUE), own.code(), "A1", null, 2 * B, 2 * B, 2023);
            add(wb.getSheet(WorkbookLayout.REVENUE), own.code(), "A1", null, 2 * B, 2 * B, 2024);
            add(wb.getSheet(WorkbookLayout.REVENUE_NET), own.code(), 2024, null, 1000, 100, 901);
            add(wb.getSheet(WorkbookLayout.REVENUE_NET), own.code(), 2023, 5, null, null, null);
        });
        assertThat(problems(bad, own))
                .contains("Lembar 'Pendapatan', baris 3")
                .contains("jenis pajak 'A1' tahun 2023 unit " + own.code() + " sudah ada di baris 2")
                .contains("Lembar 'Penerimaan Neto', baris 2, kolom F")
                .contains("tidak sama dengan penerimaan bruto dikurangi restitusi (1000 − 100 = 900)");
        assertThat(revenue.findLines(own.unit.id())).isEmpty();
        assertThat(figures.nets(own.unit.id())).isEmpty();
    }
}
