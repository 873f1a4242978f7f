package id.kinerja.evidence;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as people upload them, made safe to show and to send back: no path, no control or
 * direction-changing characters (a right-to-left override can disguise {@code fdp.exe} as {@code exe.pdf}),
 * no characters that mean something to a file system or a header, at most {@value #MAX_LENGTH} characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 150;

    private FileNames() {}

    /** The name to store and show; never blank. */
    static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp)
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                return;
            }
            if (Character.isLetterOrDigit(cp) || type == Character.DASH_PUNCTUATION || " ._()+,&".indexOf(cp) >= 0) {
                sb.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.append('_');
            }
        });
        String clean = sb.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        int dot = clean.lastIndexOf('.');
        String base = dot > 0 ? clean.substring(0, dot).strip() : clean;
        String ext = dot > 0 ? clean.substring(dot) : "";
        if (base.isEmpty()) {
            base = "berkas";
        }
        if (ext.length() > 10) {
            ext = "";
        }
        int room = MAX_LENGTH - ext.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + ext;
    }

    /**
     * {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded} (RFC 6266 with the
     * RFC 5987 encoding), for a name already {@link #sanitise sanitised}.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints()
                .forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' ? (char) cp : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
