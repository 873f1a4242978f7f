package id.kinerja.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders a document's XHTML to PDF with openhtmltopdf (PDFBox). The page, its running header and page numbers
 * come from the CSS paged media rules of the XHTML ({@code @page}, {@code counter(page)}). The font is DejaVu Sans,
 * shipped in the jar ({@code report/fonts/}, Bitstream Vera licence, which allows redistribution) and embedded as
 * a subset, so the PDF shows every character of Indonesian text whatever the server has installed.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String REGULAR = "/report/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/report/fonts/DejaVuSans-Bold.ttf";

    public byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // no line break inside an amount or a figure with its unit (Java's rules would break "Rp1." / "727...")
            builder.useUnicodeLineBreaker(new FigureLineBreaker());
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // no italic face is shipped: italic text uses the regular one
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            // inline <svg> (the LAKIN's charts) drawn as vector graphics; no external resources or scripts
            builder.useSVGDrawer(new BatikSVGDrawer(
                    BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.withHtmlContent(document.xhtml(), null);
            builder.withProducer("Kinerja");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF tidak dapat dibuat: " + document.title(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream in = PdfRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font tidak ada di classpath: " + path);
        }
        return in;
    }
}
