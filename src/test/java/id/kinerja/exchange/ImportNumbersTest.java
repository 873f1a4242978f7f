package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Numbers in an Excel import: numeric cells are numbers; a number written as text is read by the same strict rules
 * as a web form (the importer's language) and refused naming sheet, row and column; an implausible realization is
 * flagged in the preview and applied only when confirmed. Nothing is written for a refused or unconfirmed file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportNumbersTest {

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
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ImportActor as(String username) {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(username));
    }

    /** The unit's workbook with realization rows of 02a-CP (a percent IKU) appended: period, value cell. */
    byte[] withRealizations(OwnUnit own, Object... periodAndValue) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exporter.export(own.unit, 2024)))) {
            Sheet s = wb.getSheet("Realisasi");
            for (int i = 0; i < periodAndValue.length; i += 2) {
                var row = s.createRow(s.getLastRowNum() + 1);
                row.createCell(0).setCellValue(own.code());
                row.createCell(1).setCellValue("02a-CP");
                row.createCell(3).setCellValue((String) periodAndValue[i]);
                if (periodAndValue[i + 1] instanceof String text) {
                    row.createCell(4).setCellValue(text);
                } else {
                    row.createCell(4).setCellValue(((Number) periodAndValue[i + 1]).doubleValue());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    BigDecimal stored(OwnUnit own, String period) {
        return jdbc.sql("select value from realization where unit_id = ? and year = 2024 and indicator_code = '02a-CP' "
                        + "and period = ?")
                .params(own.unit.id(), period)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    @Test
    void aNumberWrittenAsTextIsReadByTheIndonesianRulesAndAMisfitNamesSheetRowAndColumn() throws Exception {
        OwnUnit own =
                OwnUnit.create("nt", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        byte[] good = withRealizations(own, "Q1", "15,62", "Q2", 38.8);
        ImportPlan plan = imports.plan(good, "teks.xlsx", as(own.user("admin")));
        assertThat(plan.added()).isEqualTo(2);
        assertThat(plan.needsConfirmation()).isFalse();

        byte[] bad = withRealizations(own, "Q1", "15,62", "Q2", "1,234.5");
        int badRow;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bad))) {
            badRow = wb.getSheet("Realisasi").getLastRowNum() + 1;
        }
        assertThatThrownBy(() -> imports.importNow(bad, "salah.xlsx", as(own.user("admin"))))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::text)
                                .containsExactly("Lembar 'Realisasi', baris " + badRow
                                        + ", kolom E (Realisasi): \u201c1,234.5\u201d bukan angka. Gunakan format 1.234,56 "
                                        + "(titik hanya di antara kelompok tiga angka, koma sebelum desimal)."));
        assertThat(stored(own, "Q1"))
                .as("all or nothing: the good row is not written either")
                .isNull();
    }

    @Test
    void anEnglishImporterWritesEnglishNumbersAndIsToldInEnglish() throws Exception {
        OwnUnit own =
                OwnUnit.create("ne", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ImportPlan plan = imports.plan(withRealizations(own, "Q1", "15.62"), "en.xlsx", as(own.user("admin")));
            assertThat(plan.added()).isEqualTo(1);
            assertThat(plan.sheets().stream()
                            .filter(s -> s.sheet().equals("Realisasi"))
                            .findFirst()
                            .orElseThrow()
                            .rows()
                            .getFirst()
                            .fields()
                            .getFirst()
                            .newValue())
                    .isEqualTo("15,62");
            assertThatThrownBy(() ->
                            imports.plan(withRealizations(own, "Q1", "1.234,5"), "en.xlsx", as(own.user("admin"))))
                    .isInstanceOfSatisfying(
                            ImportRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(ImportProblem::message)
                                    .containsExactly("\u201c1.234,5\u201d is not a number. "
                                            + "Use the format 1,234.56 (commas only between groups of three digits, a point "
                                            + "before the decimals)."));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPreviewMadeInEnglishIsAppliedAsPreviewedWhateverTheLanguageOfTheConfirmation() throws Exception {
        OwnUnit own =
                OwnUnit.create("nl", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        ImportService.Preview preview;
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            preview = imports.preview(withRealizations(own, "Q1", "15.62"), "en.xlsx", own.unit, as(own.user("admin")));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(preview.plan().language()).isEqualTo("en");
        // the confirmation in Indonesian re-plans in English: "15.62" is read again as 15,62, the plan is equal
        imports.apply(preview.batchId(), as(own.user("admin")));
        assertThat(stored(own, "Q1")).isEqualByComparingTo("15.62");
    }

    @Test
    void anImplausibleRealizationIsFlaggedInThePreviewAndAppliedOnlyWhenConfirmed() throws Exception {
        OwnUnit own =
                OwnUnit.create("np", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        // "98.765" is valid Indonesian grouping: 98765, not 98,765; for a percent IKU that is implausible
        byte[] file = withRealizations(own, "Q1", 0.5, "Q2", "98.765");
        ImportService.Preview preview = imports.preview(file, "ragu.xlsx", own.unit, as(own.user("admin")));
        List<ImportPlan.ImplausibleValue> flagged = preview.plan().implausible();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.getFirst().period()).isEqualTo("Q2");
        assertThat(flagged.getFirst().value()).isEqualByComparingTo("98765");
        assertThat(flagged.getFirst().explanation())
                .isEqualTo("realisasi 02a-CP periode Triwulan II"
                        + " tidak wajar: nilai 98.765 untuk IKU bersatuan persen melebihi 1.000; nilai 98.765 100 kali atau lebih "
                        + "nilai periode Triwulan I (0,5)");
        assertThat(imports.summary(preview.plan())).contains("TIDAK WAJAR: Lembar Realisasi, baris");

        assertThatThrownBy(() -> imports.apply(preview.batchId(), as(own.user("admin")), false))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("1 realisasi tidak wajar");
        assertThat(stored(own, "Q2")).isNull();
        assertThatThrownBy(() -> imports.importNow(file, "ragu.xlsx", as(own.user("admin"))))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(stored(own, "Q1")).isNull();

        imports.apply(preview.batchId(), as(own.user("admin")), true);
        assertThat(stored(own, "Q2")).isEqualByComparingTo("98765");
        assertThat(stored(own, "Q1")).isEqualByComparingTo("0.5");
    }

    @Test
    void theImportPageShowsTheDoubtAndTheApplyNeedsTheTick() throws Exception {
        OwnUnit own =
                OwnUnit.create("nw", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        byte[] file = withRealizations(own, "Q1", "1.500");
        String html = mvc.perform(multipart("/units/" + own.code() + "/exchange/import")
                        .file(new MockMultipartFile("file", "ragu.xlsx", "application/octet-stream", file))
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(own.user("admin"))))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("1 realisasi tidak wajar")
                .contains("realisasi 02a-CP periode Triwulan I"
                        + " tidak wajar: nilai 1.500 untuk IKU bersatuan persen melebihi 1.000")
                .contains("name=\"confirm\" value=\"true\" required");
        Matcher m = Pattern.compile("/exchange/import/(\\d+)/apply").matcher(html);
        assertThat(m.find()).isTrue();
        String apply = "/units/" + own.code() + "/exchange/import/" + m.group(1) + "/apply";
        String refused = mvc.perform(post(apply)
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(own.user("admin"))))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("1 realisasi tidak wajar; centang konfirmasi");
        assertThat(stored(own, "Q1")).isNull();
        mvc.perform(post(apply)
                .param("year", "2024")
                .param("confirm", "true")
                .with(user(users.loadUserByUsername(own.user("admin"))))
                .with(csrf()));
        assertThat(stored(own, "Q1")).isEqualByComparingTo("1500");
    }
}
