package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.IndicatorHistory;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The workbook's Renstra sheet (the Renstra DJP / RPJMN targets and national standard per IKU of the year) and its
 * Riwayat sheet for any IKU: exported, planned row by row with the planning references' rules (a refusal names the
 * sheet, row and column and writes nothing), applied with the import's audit; a file without the Renstra sheet
 * imports as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RenstraSheetTest {

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
    PlanningReferences planning;

    @Autowired
    IndicatorHistory history;

    @Autowired
    AuditLog audit;

    ImportActor as(String username) {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(username));
    }

    @Test
    void theRenstraAndRiwayatSheetsCarryEveryIku() throws IOException {
        OwnUnit own = OwnUnit.create("rs", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        byte[] file = exporter.export(own.unit, OwnUnit.YEAR);
        ImportActor admin = as(own.user("admin"));
        assertThat(imports.plan(file, "rs.xlsx", admin).nothingToChange()).isTrue();

        byte[] bad = edit(file, wb -> {
            Sheet s = wb.getSheet("Renstra");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Target Renstra");
            assertThat(s.getLastRowNum()).isGreaterThan(15);
            fill(s.getRow(1), 100, null, 100.46, "Renstra DJP 2020-2024");
            fill(s.getRow(2), -5, null, null, null);
            Row past = wb.getSheet("Riwayat").createRow(1);
            past.createCell(0).setCellValue(own.code());
            past.createCell(1).setCellValue("05a-CP");
            past.createCell(2).setCellValue(2023);
            past.createCell(3).setCellValue(97.5);
            past.createCell(4).setCellValue(97.5);
        });
        assertThatThrownBy(() -> imports.plan(bad, "rs.xlsx", admin))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.sheet()).isEqualTo("Renstra");
                            assertThat(p.row()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo("D");
                            assertThat(p.text()).contains("tidak boleh negatif");
                        }));
        assertThat(planning.of(own.unit.id(), OwnUnit.YEAR)).isEmpty();

        byte[] good =
                edit(bad, wb -> wb.getSheet("Renstra").getRow(2).getCell(3).setCellValue(98));
        ImportPlan plan = imports.importNow(good, "rs.xlsx", admin);
        assertThat(plan.nothingToChange()).isFalse();
        var recorded = planning.of(own.unit.id(), OwnUnit.YEAR);
        assertThat(recorded).hasSize(2);
        PlanningReference first = recorded.values().stream()
                .filter(r -> r.nationalStandard() != null)
                .findFirst()
                .orElseThrow();
        assertThat(first.renstraTarget()).isEqualByComparingTo("100");
        assertThat(first.rpjmnTarget()).isNull();
        assertThat(first.nationalStandard()).isEqualByComparingTo("100.46");
        assertThat(history.of(own.unit.id(), "05a-CP"))
                .singleElement()
                .satisfies(e -> assertThat(e.year()).isEqualTo(2023));
        assertThat(audit.find(own.unit.id(), "planning-reference", OwnUnit.YEAR + "/"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.reason()).contains("Impor Excel"));
        // exported again: the same figures, nothing to change; without the Renstra sheet, nothing either
        byte[] again = exporter.export(own.unit, OwnUnit.YEAR);
        assertThat(imports.plan(again, "rs.xlsx", admin).nothingToChange()).isTrue();
        byte[] old = edit(again, wb -> wb.removeSheetAt(wb.getSheetIndex("Renstra")));
        assertThat(imports.plan(old, "rs-lama.xlsx", admin).nothingToChange()).isTrue();
    }

    private static void fill(Row row, double renstra, Double rpjmn, Double standard, String source) {
        row.createCell(3).setCellValue(renstra);
        if (rpjmn != null) {
            row.createCell(4).setCellValue(rpjmn);
        }
        if (standard != null) {
            row.createCell(5).setCellValue(standard);
        }
        if (source != null) {
            row.createCell(6).setCellValue(source);
        }
    }

    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    private static byte[] edit(byte[] file, Edit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            edit.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
