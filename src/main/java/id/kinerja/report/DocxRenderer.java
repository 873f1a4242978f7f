package id.kinerja.report;

import org.docx4j.XmlUtils;
import org.docx4j.convert.in.xhtml.ImportXHTMLProperties;
import org.docx4j.convert.in.xhtml.XHTMLImporterImpl;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Renders a document's XHTML to DOCX with docx4j's XHTML importer: the same XHTML as the PDF. Headings
 * ({@code h1}-{@code h3}) become Word's Heading 1-3 paragraphs, tables become Word tables, CSS colours and
 * borders carry over.
 */
@Component
public class DocxRenderer {

    static {
        // h1..h6 become the paragraph styles named "heading 1".. (Heading1..) instead of formatted plain paragraphs
        ImportXHTMLProperties.setProperty("docx4j-ImportXHTML.Element.Heading.MapToStyle", true);
    }

    public byte[] render(ReportDocument document) {
        try {
            WordprocessingMLPackage docx = WordprocessingMLPackage.createPackage(PageSizePaper.A4, document.kind().landscape());
            XHTMLImporterImpl importer = new XHTMLImporterImpl(docx);
            List<Object> content = importer.convert(document.wordXhtml().get(), null);
            long writable = docx.getDocumentModel().getSections().getFirst().getPageDimensions().getWritableWidthTwips();
            content.stream().map(XmlUtils::unwrap).filter(Tbl.class::isInstance)
                    .forEach(t -> fitToPage((Tbl) t, writable));
            docx.getMainDocumentPart().getContent().addAll(content);
            WordFields.pageReferences(docx);
            WordFields.singleSpacedPictures(docx);
            WordFields.addPageFooter(docx, document.title());
            if (document.draft()) {
                WordFields.addDraftHeader(docx, document.draftMark());
            }
            docx.setTitle(document.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("DOCX tidak dapat dibuat: " + document.title(), e);
        }
    }

    /**
     * The importer sizes columns from its own layout width, wider than the page's text area: the columns (and
     * the cells' widths) are scaled to the text area, keeping their proportions, and the table is given that width.
     */
    static void fitToPage(Tbl table, long writableTwips) {
        if (table.getTblGrid() == null) {
            return;
        }
        List<TblGridCol> cols = table.getTblGrid().getGridCol();
        long total = cols.stream().mapToLong(c -> c.getW() == null ? 0 : c.getW().longValue()).sum();
        if (total <= writableTwips || total == 0) {
            return;
        }
        BigDecimal factor = BigDecimal.valueOf(writableTwips).divide(BigDecimal.valueOf(total), 6, RoundingMode.DOWN);
        cols.forEach(c -> c.setW(scale(c.getW(), factor)));
        for (Object row : table.getContent()) {
            if (XmlUtils.unwrap(row) instanceof Tr tr) {
                for (Object cell : tr.getContent()) {
                    if (XmlUtils.unwrap(cell) instanceof Tc tc && tc.getTcPr() != null && tc.getTcPr().getTcW() != null
                            && "dxa".equals(tc.getTcPr().getTcW().getType())) {
                        tc.getTcPr().getTcW().setW(scale(tc.getTcPr().getTcW().getW(), factor));
                    }
                }
            }
        }
        if (table.getTblPr() != null) {
            TblWidth width = new TblWidth();
            width.setType("dxa");
            width.setW(BigInteger.valueOf(writableTwips));
            table.getTblPr().setTblW(width);
        }
    }

    private static BigInteger scale(BigInteger twips, BigDecimal factor) {
        return twips == null ? null : new BigDecimal(twips).multiply(factor).setScale(0, RoundingMode.DOWN).toBigInteger();
    }
}
