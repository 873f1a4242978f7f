package id.kinerja.narrative;

import id.kinerja.narrative.internal.NarrativeDocx;
import id.kinerja.narrative.internal.NarrativeWorkbook;
import id.kinerja.organisation.Unit;
import id.kinerja.web.NumberParser;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Narratives in bulk (issue 12 item 6): every section of a unit's year to one DOCX or one workbook, in the
 * catalogue's order, with the version each had; and such a file read back into the sections it brings, for
 * {@link NarrativeService#planImport} (which sanitises, compares and checks them) and
 * {@link NarrativeService#applyImport} (which writes them, all or nothing).
 */
@Service
public class NarrativeFiles {

    /** The kinds of file. */
    public enum Kind {
        DOCX("docx"),
        XLSX("xlsx");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The kind of an uploaded file by its name's ending, or null. */
        public static Kind of(String fileName) {
            String name =
                    fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
            for (Kind k : values()) {
                if (name.endsWith("." + k.extension)) {
                    return k;
                }
            }
            return null;
        }
    }

    private final NarrativeService narratives;
    private final MessageSource messages;

    NarrativeFiles(NarrativeService narratives, MessageSource messages) {
        this.narratives = narratives;
        this.messages = messages;
    }

    /** The file of every section of the unit's year. */
    @Transactional(readOnly = true)
    public byte[] export(Unit unit, int year, Kind kind) {
        List<NarrativeSection> sections = narratives.sections(unit.id(), year);
        var latest = narratives.latestAll(unit.id(), year);
        Locale locale = NumberParser.userLocale();
        List<String> instructions = List.of(
                messages.getMessage(
                        kind == Kind.DOCX ? "narrative.file.howDocx" : "narrative.file.howXlsx", null, locale),
                messages.getMessage("narrative.file.howPlaceholders", null, locale),
                messages.getMessage("narrative.file.howImport", null, locale));
        return kind == Kind.DOCX
                ? NarrativeDocx.write(unit.code(), unit.name(), year, sections, latest, instructions)
                : NarrativeWorkbook.write(unit.code(), unit.name(), year, sections, latest, instructions);
    }

    /** {@code narasi-KPP-KUPANG-2024.docx}. */
    public static String fileName(Unit unit, int year, Kind kind) {
        return "narasi-" + unit.code() + "-" + year + "." + kind.extension();
    }

    /**
     * The sections an uploaded file brings back for the unit's year.
     *
     * @throws NarrativeFileRejected when the file is neither kind, unreadable, or exported for another unit or year
     */
    public List<NarrativeService.Incoming> read(byte[] bytes, String fileName, Unit unit, int year) {
        Kind kind = Kind.of(fileName);
        if (kind == null) {
            throw new NarrativeFileRejected(List.of(Placeholders.message("narrative.file.kind", fileName)));
        }
        String fileUnit;
        Integer fileYear;
        List<NarrativeService.Incoming> sections;
        if (kind == Kind.DOCX) {
            NarrativeDocx.Read read = NarrativeDocx.read(bytes);
            fileUnit = read.unitCode();
            fileYear = read.year();
            sections = read.sections();
        } else {
            NarrativeWorkbook.Read read = NarrativeWorkbook.read(bytes);
            fileUnit = read.unitCode();
            fileYear = read.year();
            sections = read.sections();
        }
        if (!unit.code().equals(fileUnit) || fileYear != year) {
            throw new NarrativeFileRejected(List.of(Placeholders.message(
                    "narrative.file.otherUnitYear",
                    fileUnit,
                    String.valueOf(fileYear),
                    unit.code(),
                    String.valueOf(year))));
        }
        return sections;
    }
}
