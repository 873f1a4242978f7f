package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report routes on the Kupang 2024 demo (read only): formats, headers, who may see them. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockHttpServletResponse fetch(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andReturn().getResponse();
    }

    @Test
    void htmlPreviewIsShownInline() throws Exception {
        MockHttpServletResponse r = fetch("kupang.pic", "/units/KPP-KUPANG/reports/nko?year=2024&period=Y&format=html");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/html");
        assertThat(r.getHeader("Content-Disposition")).startsWith("inline").contains("NKO-KPP-KUPANG-2024-Y.html");
        String html = r.getContentAsString();
        assertThat(html)
                .contains("108,38")
                .contains("Istimewa")
                .contains("Lembar NKO")
                .doesNotContain("<script");
        // html is the default format
        assertThat(fetch("kupang.pic", "/units/KPP-KUPANG/reports/pk?year=2024").getContentAsString())
                .contains("PK-13A/WPJ.31/2024")
                .contains("2 September 2024");
    }

    @Test
    void pdfAndDocxAreDownloads() throws Exception {
        MockHttpServletResponse pdf =
                fetch("kupang.pic", "/units/KPP-KUPANG/reports/nko?year=2024&period=Q3&format=pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("NKO-KPP-KUPANG-2024-Q3.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("96,69");
        }
        MockHttpServletResponse docx = fetch("kupang.head", "/units/KPP-KUPANG/reports/pk?year=2024&format=docx");
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getContentType()).isEqualTo(ReportFormat.DOCX.contentType());
        assertThat(docx.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("PK-KPP-KUPANG-2024.docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(d.getTables().stream().anyMatch(t -> t.getText().contains("Rimedi Tarigan")))
                    .isTrue();
        }
        // the Kanwil's reviewer sees the offices under it
        assertThat(fetch("nusra.reviewer", "/units/KPP-KUPANG/reports/pk?year=2024&format=pdf")
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anotherBranchIsRefused() throws Exception {
        assertThat(fetch("kupang.pic", "/units/KANWIL-NUSRA/reports/nko?year=2024&period=Y&format=html")
                        .getStatus())
                .isEqualTo(403);
        assertThat(fetch("kupang.pic", "/units/KANWIL-NUSRA/reports/pk?year=2024&format=pdf")
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void badFormatPeriodOrMissingAgreement() throws Exception {
        assertThat(fetch("kupang.pic", "/units/KPP-KUPANG/reports/nko?year=2024&format=odt")
                        .getStatus())
                .isEqualTo(400);
        assertThat(fetch("kupang.pic", "/units/KPP-KUPANG/reports/nko?year=2024&period=Q9")
                        .getStatus())
                .isEqualTo(400);
        assertThat(fetch("kupang.pic", "/units/KPP-KUPANG/reports/pk?year=1999").getStatus())
                .isEqualTo(404);
        assertThat(fetch("admin", "/units/KPP-TIDAK-ADA/reports/pk?year=2024").getStatus())
                .isEqualTo(404);
    }

    @Test
    void dashboardAndAgreementPageLinkToTheDocuments() throws Exception {
        String dashboard = fetch("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Q3")
                .getContentAsString();
        assertThat(dashboard)
                .contains("Unduh laporan NKO:")
                .contains("href=\"/units/KPP-KUPANG/reports/nko?year=2024&amp;period=Q3&amp;format=pdf\"")
                .contains("format=docx")
                .contains("format=html");
        String agreement =
                fetch("kupang.pic", "/units/KPP-KUPANG/agreement?year=2024").getContentAsString();
        assertThat(agreement)
                .contains("Unduh dokumen PK:")
                .contains("href=\"/units/KPP-KUPANG/reports/pk?year=2024&amp;format=pdf\"");
    }
}
