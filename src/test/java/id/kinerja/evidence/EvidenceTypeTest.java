package id.kinerja.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Content sniffing, the ZIP directory reader and file-name sanitising, without Spring. */
class EvidenceTypeTest {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void officeDocumentsAreRecognisedByTheirParts() throws IOException {
        byte[] xlsx = zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        byte[] docx = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        byte[] xlsm = zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin");
        byte[] plainZip = zip("a.txt");
        assertThat(EvidenceType.XLSX.matches(xlsx)).isTrue();
        assertThat(EvidenceType.DOCX.matches(xlsx)).isFalse();
        assertThat(EvidenceType.DOCX.matches(docx)).isTrue();
        assertThat(EvidenceType.XLSX.matches(docx)).isFalse();
        assertThat(EvidenceType.XLSX.matches(xlsm)).as("macros").isFalse();
        assertThat(EvidenceType.XLSX.matches(plainZip)).isFalse();
        assertThat(ZipDirectory.entryNames(xlsx))
                .containsExactly("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(ZipDirectory.entryNames("PK\3\4 not really a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
    }

    @Test
    void imagesPdfAndCsv() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
        assertThat(EvidenceType.PNG.matches(png)).isTrue();
        assertThat(EvidenceType.JPEG.matches(png)).isFalse();
        assertThat(EvidenceType.JPEG.matches(jpeg)).isTrue();
        assertThat(EvidenceType.PDF.matches("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(EvidenceType.PDF.matches("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(EvidenceType.CSV.matches(
                        "kode;nilai\r\n01a-CP;15,62\r\nSeksi Pelayanan;ü\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(EvidenceType.CSV.matches(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(EvidenceType.CSV.matches(png)).isFalse();
        assertThat(EvidenceType.byExtension("Data.XLSX")).isEqualTo(EvidenceType.XLSX);
        assertThat(EvidenceType.byExtension("foto.jpeg")).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.byExtension("laporan.pdf.exe")).isNull();
        assertThat(EvidenceType.byExtension("tanpa-ekstensi")).isNull();
    }

    @Test
    void fileNamesAreSanitised() {
        assertThat(FileNames.sanitise("C:\\Users\\pic\\Laporan Q1.pdf")).isEqualTo("Laporan Q1.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("laporan\u202Efdp.exe")).isEqualTo("laporanfdp.exe");
        assertThat(FileNames.sanitise("a<script>\"b\".pdf")).isEqualTo("a_script__b_.pdf");
        assertThat(FileNames.sanitise("line\r\nbreak.pdf")).isEqualTo("linebreak.pdf");
        assertThat(FileNames.sanitise("...")).isEqualTo("berkas");
        assertThat(FileNames.sanitise(".pdf")).isEqualTo("pdf");
        assertThat(FileNames.sanitise(null)).isEqualTo("berkas");
        assertThat(FileNames.sanitise("x".repeat(400) + ".pdf"))
                .hasSize(FileNames.MAX_LENGTH)
                .endsWith(".pdf");
        assertThat(FileNames.sanitise("Laporan Pajak Daerah.pdf")).isEqualTo("Laporan Pajak Daerah.pdf");
    }

    @Test
    void contentDispositionUsesRfc5987() {
        assertThat(FileNames.contentDisposition("Laporan 100%.pdf"))
                .isEqualTo("attachment; filename=\"Laporan 100%.pdf\"; filename*=UTF-8''Laporan%20100%25.pdf");
        assertThat(FileNames.contentDisposition("Ringkasan–Q1.pdf"))
                .isEqualTo("attachment; filename=\"Ringkasan_Q1.pdf\"; filename*=UTF-8''Ringkasan%E2%80%93Q1.pdf");
    }
}
