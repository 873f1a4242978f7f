package id.kinerja.exchange;

import id.kinerja.web.NumberParser;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The texts of one import run in the importing user's language ({@link NumberParser#userLocale()}): every problem
 * and plan text is a message key with arguments of the bundles, resolved when the run makes it (the plan is kept as
 * text and re-planned in the same language on applying).
 */
final class ImportTexts {

    private final MessageSource messages;
    private final Locale locale;

    ImportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String get(MessageSourceResolvable message) {
        return messages.getMessage(message, locale);
    }

    /** A problem with the whole file. */
    ImportProblem file(String key, Object... args) {
        return problem(null, null, null, null, key, args);
    }

    /** A problem with a whole sheet. */
    ImportProblem sheet(String sheet, String key, Object... args) {
        return problem(sheet, null, null, null, key, args);
    }

    /**
     * A problem where it is: "Lembar 'Realisasi', baris 7, kolom E (Realisasi): ..." ("Sheet 'Realisasi', row 7,
     * column E (Realisasi): ..." in English); "Berkas: ..." ("File: ...") for the whole file.
     */
    ImportProblem problem(String sheet, Integer row, String column, String header, String key, Object... args) {
        String message = get(key, args);
        String where;
        if (sheet == null) {
            where = get("import.where.file");
        } else {
            where = get("import.where.sheet", sheet);
            if (row != null) {
                where = get("import.where.row", where, String.valueOf(row));
            }
            if (column != null) {
                where = get("import.where.column", where, column);
                if (header != null) {
                    where = get("import.where.header", where, header);
                }
            }
        }
        return new ImportProblem(sheet, row, column, header, message, get("import.where.problem", where, message));
    }
}
