package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The zip of an uploaded workbook, walked before the sheet reader sees it: the empty file, the size limit, an
 * encrypted (OLE2) or non-zip file, a part that cannot be read, and the zip bomb (the bytes actually inflated are
 * counted, so a lying header does not help) are refused; the merged cells of each sheet are found (the streaming
 * reader does not report them).
 */
final class WorkbookInspector {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbookInspector.class);

    private static final Pattern SHEET_ELEMENT = Pattern.compile("<(?:\\w+:)?sheet\\s[^>]*>");
    private static final Pattern REL_ELEMENT = Pattern.compile("<Relationship\\s[^>]*>");
    private static final Pattern MERGE = Pattern.compile("<(?:\\w+:)?mergeCell\\s+ref=\"([A-Z0-9:]+)\"");

    private WorkbookInspector() {}

    /**
     * Walks the zip: size limits, zip bomb, encryption, the sheet parts' merged cells (by sheet name). Null when the
     * file is refused (the problem is recorded).
     */
    static Map<String, List<String>> inspect(byte[] bytes, List<ImportProblem> problems, ImportTexts texts) {
        if (bytes == null || bytes.length == 0) {
            problems.add(texts.file("import.error.emptyFile"));
            return null;
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(texts.file("import.error.fileTooLarge", bytes.length / 1024, MAX_FILE_BYTES / (1024 * 1024)));
            return null;
        }
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(java.util.Arrays.copyOf(bytes, 8))) {
            problems.add(texts.file("import.error.encrypted"));
            return null;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            problems.add(texts.file("import.error.notXlsx"));
            return null;
        }
        Map<String, String> small = new HashMap<>();
        Map<String, java.util.Set<String>> mergedByPart = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                String part = entry.getName();
                boolean keep = part.equals("xl/workbook.xml") || part.equals("xl/_rels/workbook.xml.rels");
                boolean worksheet = part.startsWith("xl/worksheets/") && part.endsWith(".xml");
                StringBuilder kept = keep ? new StringBuilder() : null;
                String tail = "";
                if (!zip.canReadEntryData(entry)) {
                    problems.add(texts.file("import.error.part", part));
                    return null;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES
                                || (total > 20L * 1024 * 1024 && total / bytes.length > MAX_RATIO)) {
                            problems.add(
                                    texts.file("import.error.zipBomb", total / (1024 * 1024), bytes.length / 1024));
                            return null;
                        }
                        if (keep) {
                            kept.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        } else if (worksheet) {
                            String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                            if (chunk.contains("mergeCell")) {
                                Matcher m = MERGE.matcher(chunk);
                                while (m.find()) {
                                    mergedByPart
                                            .computeIfAbsent(part, k -> new java.util.LinkedHashSet<>())
                                            .add(m.group(1));
                                }
                            }
                            tail = chunk.length() > 100 ? chunk.substring(chunk.length() - 100) : chunk;
                        }
                    }
                }
                if (keep) {
                    small.put(part, kept.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Not a whole workbook", e);
            problems.add(texts.file("import.error.truncated"));
            return null;
        }
        String workbook = small.get("xl/workbook.xml");
        String rels = small.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            problems.add(texts.file("import.error.noWorkbookPart"));
            return null;
        }
        Map<String, String> targetById = new HashMap<>();
        Matcher r = REL_ELEMENT.matcher(rels);
        while (r.find()) {
            String id = attribute(r.group(), "Id");
            String target = attribute(r.group(), "Target");
            if (id != null && target != null) {
                targetById.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        }
        Map<String, List<String>> mergedBySheet = new HashMap<>();
        Matcher s = SHEET_ELEMENT.matcher(workbook);
        while (s.find()) {
            String name = unescape(attribute(s.group(), "name"));
            String id = attribute(s.group(), "r:id");
            String part = id == null ? null : targetById.get(id);
            if (name != null && part != null && mergedByPart.containsKey(part)) {
                mergedBySheet.put(name, List.copyOf(mergedByPart.get(part)));
            }
        }
        return mergedBySheet;
    }

    private static String attribute(String element, String name) {
        Matcher m =
                Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        return s == null
                ? null
                : s.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&");
    }
}
