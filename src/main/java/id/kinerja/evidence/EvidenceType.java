package id.kinerja.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file types accepted as evidence. A file is accepted only when its extension names one of these types
 * AND its content is of that type (magic bytes; for XLSX and DOCX the ZIP's central directory; for CSV plain
 * text): an {@code .exe} renamed {@code .pdf} is refused. The stored content type comes from here, never from
 * the browser.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    CSV("text/csv", "csv");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final List<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extensions of the type, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's extension names, or null. */
    public static EvidenceType byExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(ext))
                .findFirst()
                .orElse(null);
    }

    /** ".pdf, .png, .jpg, .jpeg, .xlsx, .docx, .csv" for messages. */
    public static String acceptedExtensions() {
        return UploadedFile.extensions(java.util.EnumSet.allOf(EvidenceType.class));
    }

    /** Whether the content really is of this type. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case XLSX -> officeDocument(content, "xl/workbook.xml");
            case DOCX -> officeDocument(content, "word/document.xml");
            case CSV -> plainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An Office Open XML package with its main part, without macros (a renamed .xlsm/.docm is refused). */
    private static boolean officeDocument(byte[] content, String mainPart) {
        if (!startsWith(content, ZIP_MAGIC)) {
            return false;
        }
        List<String> names = ZipDirectory.entryNames(content);
        return names != null
                && names.contains("[Content_Types].xml")
                && names.contains(mainPart)
                && names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    /** Text: no NUL and no control characters other than tab, line feed, carriage return and form feed. */
    private static boolean plainText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            int c = b & 0xff;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
