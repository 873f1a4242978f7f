package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kinerja.account.CurrentUser;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.springframework.transaction.annotation.Transactional;

/** Issue 10 items 1 and 2: parent changes through the Unit sheet. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional // the units made here are rolled back; the refused imports write nothing anyway
class UnitMoveImportTest {

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    ImportActor actor(String name) {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(name));
    }

    /** Kupang's exported workbook with the "Kode Induk" of the Unit row {@code code} set to {@code parent}. */
    byte[] withParent(String code, String parent) throws Exception {
        byte[] kupang = exporter.export(units.findByCode("KPP-KUPANG").orElseThrow(), 2024);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(kupang))) {
            Sheet sheet = wb.getSheet("Unit");
            int parentColumn = -1;
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().startsWith("Kode Induk")) {
                    parentColumn = c.getColumnIndex();
                }
            }
            assertThat(parentColumn).isNotNegative();
            boolean found = false;
            for (Row r : sheet) {
                Cell first = r.getCell(0);
                if (first != null && code.equals(first.getStringCellValue())) {
                    r.getCell(parentColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                            .setCellValue(parent);
                    found = true;
                }
            }
            assertThat(found).as(code + " in the Unit sheet").isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theSecondWorkbookOfTheCycleScenarioIsRefusedWithAClearMessage() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        String x = "KP2KP-X" + tag;
        units.create(new NewUnit(x, "KP2KP X", UnitType.KP2KP, "KPP-KUPANG", null, null, null, null, null));
        // a unit under a KP2KP as an older tree could hold it (the type rules keep the service from making one)
        jdbc.sql("insert into unit (code, name, type, parent_id) values (?, 'KP2KP X Sub', 'KP2KP', ?)")
                .params(x + "-SUB", units.findByCode(x).orElseThrow().id())
                .update();
        byte[] second = withParent(x, x + "-SUB");

        ImportRejectedException refused = catchThrowableOfType(
                ImportRejectedException.class, () -> imports.importNow(second, "kedua.xlsx", actor("kupang.admin")));

        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p.message())
                        .isEqualTo("unit '" + x
                                + "' tidak dapat dipindah ke bawah '" + x + "-SUB': '" + x + "-SUB' berada di bawah '"
                                + x
                                + "' (rantai induk melingkar)"));
        Unit after = units.findByCode(x).orElseThrow();
        assertThat(after.parentId())
                .isEqualTo(units.findByCode("KPP-KUPANG").orElseThrow().id());
    }

    @Test
    void aKppCannotMoveItsSubUnitIntoAnotherKanwil() throws Exception {
        if (units.findByCode("KANWIL-BALI").isEmpty()) {
            units.create(new NewUnit(
                    "KANWIL-BALI", "Kanwil DJP Bali", UnitType.KANWIL, "DJP", null, null, null, null, null));
        }
        byte[] file = withParent("KP2KP-BAA", "KANWIL-BALI");

        assertThatThrownBy(() -> imports.importNow(file, "pindah.xlsx", actor("kupang.admin")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("tidak berwenang mengubah unit 'KP2KP-BAA'");
        assertThat(units.findByCode("KP2KP-BAA").orElseThrow().parentId())
                .isEqualTo(units.findByCode("KPP-KUPANG").orElseThrow().id());
    }

    @Test
    void aDeactivatedUnitTakesNoImportedData() throws Exception {
        byte[] kupang = exporter.export(units.findByCode("KPP-KUPANG").orElseThrow(), 2024);
        // deactivated as the unit pages do it once its units are (here directly, rolled back)
        jdbc.sql("update unit set active = false where code = 'KPP-KUPANG'").update();

        ImportRejectedException refused = catchThrowableOfType(
                ImportRejectedException.class, () -> imports.importNow(kupang, "lagi.xlsx", actor("admin")));

        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p.message())
                        .isEqualTo("unit 'KPP-KUPANG' sudah dinonaktifkan: data baru tidak dapat diimpor ke unit itu"
                                + " (aktifkan kembali di halaman Unit kerja)"));
    }
}
