package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.budget.BudgetKindEntry;
import id.kinerja.budget.BudgetLevel;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetMonthEntry;
import id.kinerja.budget.BudgetService;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.recognition.AwardInput;
import id.kinerja.recognition.InnovationInput;
import id.kinerja.recognition.Recognitions;
import id.kinerja.recognition.StoredAward;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The sheets Jenis Belanja, Jenis Belanja Bulanan, Penghargaan and Inovasi: exported, changed in Excel and imported
 * back (the attachment stays with its award), unchanged on a second import, and refused with sheet, row and column.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KindRecognitionSheetsTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    BudgetService budget;

    @Autowired
    Recognitions recognitions;

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("krs", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        CurrentUser admin = me(own.user("admin"));
        budget.saveKinds(
                admin,
                own.unit,
                2024,
                List.of(
                        new BudgetKindEntry(51, new BigDecimal("1000000"), new BigDecimal("900000")),
                        new BudgetKindEntry(52, new BigDecimal("500000"), new BigDecimal("250000"))));
        budget.saveMonths(admin, own.unit, 2024, List.of(new BudgetMonthEntry("51", 1, new BigDecimal("75000"))));
        recognitions.createAward(
                admin,
                own.unit,
                2024,
                new AwardInput("Juara I Pelayanan", "Kepala Kanwil", "2024-08-17", "Uraian"),
                "piagam.pdf",
                PDF);
        recognitions.createInnovation(
                admin, own.unit, 2024, new InnovationInput("SAPA", "Sapa Wajib Pajak", null, "satu\ndua"), null, null);
        // the sibling has a DIPA line: its months go per line, not per kind
        budget.saveLine(
                own.sibling.id(),
                new BudgetLine(2024, "P", null, BudgetLevel.PROGRAM, "Program", null, BigDecimal.TEN, BigDecimal.ONE),
                0);
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    ImportActor as(String username) {
        return ImportActor.of(me(username));
    }

    byte[] changed(byte[] file, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row append(Sheet s) {
        return s.createRow(s.getLastRowNum() + 1);
    }

    @Test
    void theSheetsRoundTrip() throws Exception {
        byte[] file = exporter.export(own.unit, 2024);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet kinds = wb.getSheet(WorkbookLayout.KINDS);
            assertThat(kinds.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(51);
            assertThat(kinds.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1_000_000);
            assertThat(wb.getSheet(WorkbookLayout.KIND_MONTHS)
                            .getRow(1)
                            .getCell(3)
                            .getNumericCellValue())
                    .isEqualTo(75_000);
            Sheet awards = wb.getSheet(WorkbookLayout.AWARDS);
            assertThat(awards.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Juara I Pelayanan");
            assertThat(awards.getRow(1).getCell(6).getStringCellValue()).isEqualTo("piagam.pdf");
            assertThat(wb.getSheet(WorkbookLayout.INNOVATIONS)
                            .getRow(1)
                            .getCell(5)
                            .getStringCellValue())
                    .isEqualTo("satu\ndua");
        }
        assertThat(imports.plan(file, "sama.xlsx", as(own.user("admin"))).nothingToChange())
                .as("the export imports back unchanged")
                .isTrue();

        byte[] edited = changed(file, wb -> {
            wb.getSheet(WorkbookLayout.KINDS).getRow(1).getCell(3).setCellValue(1_200_000);
            Row k53 = append(wb.getSheet(WorkbookLayout.KINDS));
            k53.createCell(0).setCellValue(own.code());
            k53.createCell(1).setCellValue(53);
            k53.createCell(3).setCellValue(300_000);
            Row m = append(wb.getSheet(WorkbookLayout.KIND_MONTHS));
            m.createCell(0).setCellValue(own.code());
            m.createCell(1).setCellValue(52);
            m.createCell(2).setCellValue(2);
            m.createCell(3).setCellValue(10_000);
            wb.getSheet(WorkbookLayout.AWARDS).getRow(1).getCell(2).setCellValue("Juara I Pelayanan Prima");
            Row a2 = append(wb.getSheet(WorkbookLayout.AWARDS));
            a2.createCell(0).setCellValue(own.code());
            a2.createCell(1).setCellValue(2);
            a2.createCell(2).setCellValue("Zona Integritas WBK");
            a2.createCell(4).setCellValue("2024-12-10");
            Row n2 = append(wb.getSheet(WorkbookLayout.INNOVATIONS));
            n2.createCell(0).setCellValue(own.code());
            n2.createCell(1).setCellValue(2);
            n2.createCell(2).setCellValue("DARA");
            n2.createCell(5).setCellValue("a\nb\nc");
        });
        ImportService.Preview preview = imports.preview(edited, "ubah.xlsx", own.unit, as(own.user("admin")));
        assertThat(preview.plan().sheets())
                .filteredOn(s -> s.sheet().equals(WorkbookLayout.AWARDS))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.added()).isEqualTo(1);
                    assertThat(s.changed()).isEqualTo(1);
                });
        imports.apply(preview.batchId(), as(own.user("admin")));

        assertThat(budget.findKinds(own.unit.id(), 2024))
                .extracting(k -> k.kind() + "=" + k.ceiling().toPlainString())
                .containsExactly("51=1200000", "52=500000", "53=300000");
        assertThat(budget.findKindMonths(own.unit.id(), 2024)).hasSize(2);
        List<StoredAward> awards = recognitions.storedAwards(own.unit.id(), 2024);
        assertThat(awards)
                .extracting(a -> a.award().title())
                .containsExactly("Juara I Pelayanan Prima", "Zona Integritas WBK");
        assertThat(awards.get(0).attachment().name()).as("the attachment stays").isEqualTo("piagam.pdf");
        assertThat(awards.get(1).award().date()).hasToString("2024-12-10");
        assertThat(recognitions.innovations(own.unit.id(), 2024).get(1).goals()).containsExactly("a", "b", "c");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where unit_id = ? and entity = 'import' and entity_key = ?")
                        .params(own.unit.id(), "2024/" + WorkbookLayout.AWARDS)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(imports.plan(edited, "ubah.xlsx", as(own.user("admin"))).nothingToChange())
                .isTrue();
    }

    @Test
    void badRowsAreRefusedNamingSheetRowAndColumn() throws Exception {
        byte[] file = exporter.export(own.unit, 2024);
        java.util.Map<String, Integer> rows = new java.util.HashMap<>(); // Excel's row numbers, 1-based
        byte[] bad = changed(file, wb -> {
            for (String sheet : List.of(
                    WorkbookLayout.AWARDS,
                    WorkbookLayout.KINDS,
                    WorkbookLayout.KIND_MONTHS,
                    WorkbookLayout.INNOVATIONS)) {
                rows.put(sheet, wb.getSheet(sheet).getLastRowNum() + 2);
            }
            Row a = append(wb.getSheet(WorkbookLayout.AWARDS));
            a.createCell(0).setCellValue(own.code());
            a.createCell(1).setCellValue(7);
            a.createCell(4).setCellValue("17-08-2024");
            a.createCell(2).setCellValue("Penghargaan");
            Row m = append(wb.getSheet(WorkbookLayout.KIND_MONTHS));
            m.createCell(0).setCellValue(own.sibling.code());
            m.createCell(1).setCellValue(51);
            m.createCell(2).setCellValue(1);
            m.createCell(3).setCellValue(5);
            Row n = append(wb.getSheet(WorkbookLayout.INNOVATIONS));
            n.createCell(0).setCellValue(own.code());
            n.createCell(1).setCellValue(3);
        });
        assertThatThrownBy(() -> imports.plan(bad, "salah.xlsx", as("kupang.admin")))
                .isInstanceOf(ImportRejectedException.class);
        try {
            imports.plan(bad, "salah.xlsx", as(own.user("admin")));
        } catch (ImportRejectedException e) {
            assertThat(e.problems())
                    .extracting(p -> p.sheet() + "/" + p.row() + "/" + p.column())
                    .contains(
                            WorkbookLayout.AWARDS + "/" + rows.get(WorkbookLayout.AWARDS) + "/E",
                            WorkbookLayout.KIND_MONTHS + "/" + rows.get(WorkbookLayout.KIND_MONTHS) + "/A",
                            WorkbookLayout.INNOVATIONS + "/" + rows.get(WorkbookLayout.INNOVATIONS) + "/C");
            assertThat(e.problems())
                    .filteredOn(p -> WorkbookLayout.AWARDS.equals(p.sheet()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("Tanggal penghargaan “17-08-2024” tidak sah"));
            // a kind other than 51/52/53 is refused when the sheet is read
            byte[] badKind = changed(file, wb -> {
                Row k = append(wb.getSheet(WorkbookLayout.KINDS));
                k.createCell(0).setCellValue(own.code());
                k.createCell(1).setCellValue(54);
                k.createCell(3).setCellValue(1);
            });
            assertThatThrownBy(() -> imports.plan(badKind, "salah.xlsx", as(own.user("admin"))))
                    .isInstanceOfSatisfying(
                            ImportRejectedException.class,
                            k -> assertThat(k.problems())
                                    .extracting(p -> p.sheet() + "/" + p.row() + "/" + p.column())
                                    .containsExactly(
                                            WorkbookLayout.KINDS + "/" + rows.get(WorkbookLayout.KINDS) + "/B"));
            return;
        }
        throw new AssertionError("the bad workbook was not refused");
    }
}
