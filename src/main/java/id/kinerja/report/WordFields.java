package id.kinerja.report;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.HpsMeasure;

import java.math.BigInteger;
import java.util.List;

/**
 * Word fields the XHTML importer cannot produce: the table of contents (a TOC field over Heading 1-4, put where the
 * document has the paragraph {@value #TOC_MARKER}; Word fills in the page numbers when the document is opened, as
 * the settings ask it to update fields) and a footer with the title and "Halaman n dari m" (PAGE and NUMPAGES).
 */
final class WordFields {

    static final String TOC_MARKER = "@@DAFTAR-ISI@@";
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private WordFields() {
    }

    /** Replaces the marker paragraph with a TOC field and asks Word to update fields on opening. */
    static void replaceTocMarker(WordprocessingMLPackage docx) {
        List<Object> body = docx.getMainDocumentPart().getContent();
        for (int i = 0; i < body.size(); i++) {
            if (XmlUtils.unwrap(body.get(i)) instanceof P p && TOC_MARKER.equals(textOf(p).trim())) {
                P toc = WML.createP();
                toc.getContent().add(field(STFldCharType.BEGIN, null));
                toc.getContent().add(instruction(" TOC \\o \"1-4\" \\h \\z \\u "));
                toc.getContent().add(field(STFldCharType.SEPARATE, null));
                toc.getContent().add(run("Daftar isi: tekan F9 (perbarui bidang) bila nomor halaman belum tampil.", false));
                toc.getContent().add(field(STFldCharType.END, null));
                body.set(i, toc);
                updateFieldsOnOpen(docx);
                return;
            }
        }
    }

    /** A footer on every page: the title on the left, "Halaman n dari m" after it. */
    static void addPageFooter(WordprocessingMLPackage docx, String title) throws InvalidFormatException {
        FooterPart part = new FooterPart();
        Ftr footer = WML.createFtr();
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        Jc jc = WML.createJc();
        jc.setVal(JcEnumeration.RIGHT);
        ppr.setJc(jc);
        p.setPPr(ppr);
        p.getContent().add(run(title + " · Halaman ", true));
        p.getContent().add(field(STFldCharType.BEGIN, null));
        p.getContent().add(instruction(" PAGE "));
        p.getContent().add(field(STFldCharType.SEPARATE, null));
        p.getContent().add(run("1", true));
        p.getContent().add(field(STFldCharType.END, null));
        p.getContent().add(run(" dari ", true));
        p.getContent().add(field(STFldCharType.BEGIN, null));
        p.getContent().add(instruction(" NUMPAGES "));
        p.getContent().add(field(STFldCharType.SEPARATE, null));
        p.getContent().add(run("1", true));
        p.getContent().add(field(STFldCharType.END, null));
        footer.getContent().add(p);
        part.setJaxbElement(footer);
        Relationship rel = docx.getMainDocumentPart().addTargetPart(part);
        List<SectPr> sections = docx.getDocumentModel().getSections().stream().map(s -> s.getSectPr()).toList();
        for (SectPr sectPr : sections) {
            if (sectPr == null) {
                continue;
            }
            FooterReference ref = WML.createFooterReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            sectPr.getEGHdrFtrReferences().add(ref);
        }
    }

    private static void updateFieldsOnOpen(WordprocessingMLPackage docx) {
        try {
            DocumentSettingsPart settings = docx.getMainDocumentPart().getDocumentSettingsPart();
            if (settings == null) {
                settings = new DocumentSettingsPart();
                settings.setJaxbElement(WML.createCTSettings());
                docx.getMainDocumentPart().addTargetPart(settings);
            }
            CTSettings s = settings.getContents();
            s.setUpdateFields(new BooleanDefaultTrue());
        } catch (Exception e) {
            throw new IllegalStateException("Pengaturan DOCX tidak dapat diubah", e);
        }
    }

    private static R field(STFldCharType type, String unused) {
        R r = WML.createR();
        FldChar c = WML.createFldChar();
        c.setFldCharType(type);
        if (type == STFldCharType.BEGIN) {
            c.setDirty(true);
        }
        r.getContent().add(WML.createRFldChar(c));
        return r;
    }

    private static R instruction(String code) {
        R r = WML.createR();
        Text t = WML.createText();
        t.setValue(code);
        t.setSpace("preserve");
        r.getContent().add(WML.createRInstrText(t));
        return r;
    }

    private static R run(String text, boolean small) {
        R r = WML.createR();
        if (small) {
            RPr rpr = WML.createRPr();
            HpsMeasure size = WML.createHpsMeasure();
            size.setVal(BigInteger.valueOf(15));
            rpr.setSz(size);
            r.setRPr(rpr);
        }
        Text t = WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(WML.createRT(t));
        return r;
    }

    private static String textOf(P p) {
        StringBuilder b = new StringBuilder();
        for (Object o : p.getContent()) {
            if (XmlUtils.unwrap(o) instanceof R r) {
                for (Object c : r.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof Text t) {
                        b.append(t.getValue());
                    }
                }
            }
        }
        return b.toString();
    }
}
