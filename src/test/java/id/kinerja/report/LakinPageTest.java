package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /units/{code}/reports/lakin}: the three formats for the office, refused to another office, 404. */
@SpringBootTest
@AutoConfigureMockMvc
class LakinPageTest {

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

    private MockHttpServletResponse fetch(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
    }

    @Test
    void theOfficeGetsHtmlPdfAndDocx() throws Exception {
        MockHttpServletResponse html = fetch("kupang.admin", "/units/KPP-KUPANG/reports/lakin?year=2024&format=html");
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getHeader("Content-Disposition")).startsWith("inline").contains("LAKIN-KPP-KUPANG-2024.html");
        assertThat(html.getContentAsString())
                .contains("LAPORAN KINERJA")
                .contains("108,38")
                .contains("<svg")
                .doesNotContain("<script");

        MockHttpServletResponse pdf = fetch("kupang.admin", "/units/KPP-KUPANG/reports/lakin?year=2024&format=pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("LAKIN-KPP-KUPANG-2024.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(30);
        }

        MockHttpServletResponse docx = fetch("kupang.admin", "/units/KPP-KUPANG/reports/lakin?year=2024&format=docx");
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getHeader("Content-Disposition")).contains("LAKIN-KPP-KUPANG-2024.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(doc.getTables()).isNotEmpty();
        }
    }

    @Test
    void anotherOfficeIsRefusedAndAnUnknownUnitIsNotFound() throws Exception {
        OwnUnit other = OwnUnit.create("lk", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        assertThat(fetch(other.user("admin"), "/units/KPP-KUPANG/reports/lakin?year=2024&format=pdf")
                        .getStatus())
                .isEqualTo(403);
        assertThat(fetch("kupang.admin", "/units/" + other.code() + "/reports/lakin?year=2024")
                        .getStatus())
                .isEqualTo(403);
        assertThat(fetch("admin", "/units/KPP-TIDAK-ADA/reports/lakin?year=2024")
                        .getStatus())
                .isEqualTo(404);
        assertThat(fetch("kupang.admin", "/units/KPP-KUPANG/reports/lakin?year=1999")
                        .getStatus())
                .isEqualTo(404);
        assertThat(fetch("kupang.admin", "/units/KPP-KUPANG/reports/lakin?year=2024&format=odt")
                        .getStatus())
                .isEqualTo(400);
    }
}
