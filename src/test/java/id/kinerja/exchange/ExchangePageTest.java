package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ExchangePageTest {

    @Autowired
    MockMvc mvc;

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
    JdbcClient jdbc;

    MvcResult upload(String unit, String username, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/units/" + unit + "/exchange/import")
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", bytes))
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(username)))
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void kupangDownloadsItsWorkbookAndReUploadingItChangesNothing() throws Exception {
        MvcResult page = mvc.perform(get("/units/KPP-KUPANG/exchange")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername("kupang.admin"))))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Unduh .xlsx")
                .contains("name=\"file\"")
                .contains("Impor/Ekspor Excel")
                .doesNotContain("th:");
        MvcResult export = mvc.perform(get("/units/KPP-KUPANG/exchange/export")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername("kupang.pic"))))
                .andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("kinerja-KPP-KUPANG-2024.xlsx");
        byte[] file = export.getResponse().getContentAsByteArray();
        MvcResult preview = upload("KPP-KUPANG", "kupang.admin", file);
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(preview.getResponse().getContentAsString())
                .contains("Tidak ada perubahan")
                .doesNotContain("Terapkan perubahan");
        // a viewer sees the page without the upload form and may not upload
        assertThat(mvc.perform(get("/units/KPP-KUPANG/exchange").with(user(users.loadUserByUsername("kupang.pic"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("name=\"file\"");
        assertThat(upload("KPP-KUPANG", "kupang.pic", file).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void previewThenApplyExactlyOnceAndRefuseWhenTheDataChangedMeanwhile() throws Exception {
        OwnUnit own = OwnUnit.create("xp", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        byte[] export = mvc.perform(get("/units/" + own.code() + "/exchange/export")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(own.user("admin")))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] changed = withRevenueMonth(export, own.code(), "A1", 3, 123_456_789);

        MvcResult preview = upload(own.code(), own.user("admin"), changed);
        String html = preview.getResponse().getContentAsString();
        assertThat(html)
                .contains("Pendapatan Bulanan")
                .contains("A1 bulan 3")
                .contains("123.456.789")
                .contains("Terapkan perubahan");
        long batch = batchId(html);
        assertThat(count(own, 3)).isZero();

        MvcResult applied = mvc.perform(post("/units/" + own.code() + "/exchange/import/" + batch + "/apply")
                        .with(user(users.loadUserByUsername(own.user("admin"))))
                        .with(csrf()))
                .andReturn();
        // post/redirect/get: the answer is a page of its own that a reload shows again
        String result = "/units/" + own.code() + "/exchange/import/" + batch;
        assertThat(applied.getResponse().getStatus()).isEqualTo(302);
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(result);
        String shown = mvc.perform(get(result).with(user(users.loadUserByUsername(own.user("admin")))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("Diterapkan: 1 baris baru")
                .containsPattern(
                        "Impor ini sudah diterapkan pada \\d{1,2} \\p{L}+ 20\\d\\d \\d\\d[.:]\\d\\d.{0,12} oleh "
                                + own.user("admin"))
                .doesNotContain("Impor ditolak");
        assertThat(count(own, 3)).isEqualTo(1);
        // the confirmation sent twice (a reload of the old answer): shown as applied, not refused, applied once
        MvcResult twice = mvc.perform(post("/units/" + own.code() + "/exchange/import/" + batch + "/apply")
                        .with(user(users.loadUserByUsername(own.user("admin"))))
                        .with(csrf()))
                .andReturn();
        assertThat(twice.getResponse().getStatus()).isEqualTo(302);
        assertThat(twice.getResponse().getRedirectedUrl()).isEqualTo(result);
        assertThat(count(own, 3)).isEqualTo(1);
        // the result of another office's import is not shown here; a viewer may not see it
        assertThat(mvc.perform(get("/units/" + own.sibling.code() + "/exchange/import/" + batch)
                                .with(user(users.loadUserByUsername(own.user("sibling")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(result).with(user(users.loadUserByUsername(own.user("viewer")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // data changed between preview and confirmation: refused, nothing written
        byte[] second = withRevenueMonth(export, own.code(), "A1", 4, 5_000);
        long batch2 = batchId(
                upload(own.code(), own.user("admin"), second).getResponse().getContentAsString());
        jdbc.sql(
                        "insert into revenue_month (unit_id, year, tax_type_code, month, realization) values (?, 2024, 'A1', 4, 7)")
                .param(own.unit.id())
                .update();
        MvcResult stale = mvc.perform(post("/units/" + own.code() + "/exchange/import/" + batch2 + "/apply")
                        .with(user(users.loadUserByUsername(own.user("admin"))))
                        .with(csrf()))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("data berubah sejak pratinjau");
        assertThat(jdbc.sql(
                                "select realization from revenue_month where unit_id = ? and year = 2024 and tax_type_code = 'A1' and month = 4")
                        .param(own.unit.id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("7");
        // another unit's batch id is "not found" here
        assertThat(mvc.perform(post("/units/" + own.sibling.code() + "/exchange/import/" + batch2 + "/apply")
                                .with(user(users.loadUserByUsername(own.user("sibling"))))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aBrokenUploadShowsEveryErrorInIndonesian() throws Exception {
        MvcResult r = upload("KPP-KUPANG", "kupang.admin", "bukan excel".getBytes());
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString())
                .contains("Impor ditolak")
                .contains("bukan berkas Excel")
                .contains("Tidak ada yang disimpan");
    }

    long count(OwnUnit own, int month) {
        return jdbc.sql("select count(*) from revenue_month where unit_id = ? and year = 2024 and month = ?")
                .params(own.unit.id(), month)
                .query(Long.class)
                .single();
    }

    static long batchId(String html) {
        Matcher m = Pattern.compile("/exchange/import/(\\d+)/apply").matcher(html);
        assertThat(m.find()).as("apply form in the preview").isTrue();
        return Long.parseLong(m.group(1));
    }

    static byte[] withRevenueMonth(byte[] file, String unit, String taxType, int month, long value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var s = wb.getSheet("Pendapatan Bulanan");
            var row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(0).setCellValue(unit);
            row.createCell(1).setCellValue(taxType);
            row.createCell(2).setCellValue(month);
            row.createCell(3).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
