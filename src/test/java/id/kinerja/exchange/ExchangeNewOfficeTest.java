package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.scorecard.ScorecardService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Excel round trip for a new office: a new office's year entered entirely from a filled-in workbook (unit sheet, targets,
 * realizations, history, revenue, budget) by the Kanwil's performance administrator, then scored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeNewOfficeTest {

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
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    /** Kupang's exported workbook with every "KPP-KUPANG" replaced by the new office's code. */
    static byte[] asNewOffice(byte[] kupang, String code) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(kupang))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().equals("KPP-KUPANG")) {
                            c.setCellValue(code);
                        }
                    }
                }
            }
            Sheet unitSheet = wb.getSheet("Unit");
            for (int i = unitSheet.getLastRowNum(); i > 1; i--) {
                unitSheet.removeRow(unitSheet.getRow(i)); // Kupang's sections stay Kupang's
            }
            Row office = unitSheet.getRow(1);
            office.getCell(1).setCellValue("KPP Pratama Baru " + code);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aKanwilOnboardsANewOfficeFromAWorkbookAndItIsScored() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
        String code = "KPP-BARU-" + tag.toUpperCase();
        String kanwilAdmin = "nusra.pk." + tag;
        accounts.create(
                kanwilAdmin,
                "Pengelola Kinerja Kanwil",
                "rahasia-uji-kinerja",
                "KANWIL-NUSRA",
                Set.of(Role.PERFORMANCE_ADMIN),
                Set.of(),
                "test");
        byte[] file = asNewOffice(exporter.export(units.findByCode("KPP-KUPANG").orElseThrow(), 2024), code);
        ImportActor actor = ImportActor.of((CurrentUser) users.loadUserByUsername(kanwilAdmin));

        ImportService.Preview preview = imports.preview(
                file, "kantor-baru.xlsx", units.findByCode("KANWIL-NUSRA").orElseThrow(), actor);
        ImportPlan plan = preview.plan();
        assertThat(plan.unitCode()).isEqualTo(code);
        assertThat(plan.realizationStatus()).isEqualTo("APPROVED");
        assertThat(plan.notes())
                .anyMatch(n -> n.contains("dibuat konsep (draf) dari lembar Target"))
                .noneMatch(n -> n.contains("DRAFT"));
        for (String sheet : new String[] {"Unit", "Target", "Realisasi", "Riwayat", "Pendapatan", "Anggaran"}) {
            assertThat(plan.sheets())
                    .filteredOn(s -> s.sheet().equals(sheet))
                    .singleElement()
                    .satisfies(s -> assertThat(s.added()).as(sheet).isPositive());
        }
        assertThat(units.findByCode(code)).as("nothing written by the preview").isEmpty();

        imports.apply(preview.batchId(), actor);

        Unit office = units.findByCode(code).orElseThrow();
        assertThat(units.findById(office.parentId()).orElseThrow().code()).isEqualTo("KANWIL-NUSRA");
        BigDecimal nko = scorecards.score(code, 2024, Period.Y).scorecard().nko();
        BigDecimal kupang =
                scorecards.score("KPP-KUPANG", 2024, Period.Y).scorecard().nko();
        assertThat(nko.setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(kupang.setScale(2, RoundingMode.HALF_UP));
        assertThat(jdbc.sql("select count(*) from audit_event where unit_id = ? and username = ?")
                        .params(office.id(), kanwilAdmin)
                        .query(Long.class)
                        .single())
                .isGreaterThan(10);
        // every year's revenue lines travel in the one Pendapatan sheet (Tahun column): Kupang's 2023 and 2024
        assertThat(jdbc.sql("select count(*) from revenue where unit_id = ?")
                        .param(office.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql(
                                "select count(*) from revenue r join unit u on u.id = r.unit_id where u.code = 'KPP-KUPANG'")
                        .query(Long.class)
                        .single());
        assertThat(jdbc.sql("select count(*) from budget_line where unit_id = ?")
                        .param(office.id())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select distinct source from realization where unit_id = ?")
                        .param(office.id())
                        .query(String.class)
                        .list())
                .containsExactly("IMPORT");

        // re-importing the same file now changes nothing
        assertThat(imports.plan(file, "kantor-baru.xlsx", actor).nothingToChange())
                .isTrue();
    }
}
