package id.kinerja.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entry names of a ZIP file from its central directory, without decompressing anything (so a
 * "zip bomb" costs nothing to inspect). ZIP64 archives and archives with more than {@value #MAX_ENTRIES}
 * entries are not read: an evidence file of at most 10 MB never needs either.
 */
final class ZipDirectory {

    static final int MAX_ENTRIES = 10_000;
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;

    private ZipDirectory() {}

    /** The entry names, or null when the central directory cannot be read. */
    static List<String> entryNames(byte[] zip) {
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (int32(zip, i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int entries = int16(zip, eocd + 10);
        long size = uint32(zip, eocd + 12);
        long offset = uint32(zip, eocd + 16);
        if (entries == 0xffff
                || size == 0xffffffffL
                || offset == 0xffffffffL
                || entries > MAX_ENTRIES
                || offset + size > eocd) {
            return null;
        }
        List<String> names = new ArrayList<>(entries);
        int p = (int) offset;
        for (int n = 0; n < entries; n++) {
            if (p + 46 > eocd || int32(zip, p) != CENTRAL) {
                return null;
            }
            int nameLength = int16(zip, p + 28);
            int extraLength = int16(zip, p + 30);
            int commentLength = int16(zip, p + 32);
            if (p + 46 + nameLength > eocd) {
                return null;
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return 0;
        }
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static long uint32(byte[] b, int i) {
        return int32(b, i) & 0xffffffffL;
    }
}
