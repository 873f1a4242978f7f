package id.kinerja.report;

import id.kinerja.framework.Period;
import java.util.List;

/**
 * What the NKO report prints, every figure already formatted in Indonesian. The figures are the engine's
 * ({@code ScorecardService.score}); nothing here is computed.
 *
 * @param unitName         the unit's name
 * @param unitCode         its code
 * @param year             the year
 * @param period           the period
 * @param frameworkName    the framework (Manual IKU) of the agreement
 * @param frameworkVersion its recorded version number
 * @param agreementNumber  the agreement scored (may be null)
 * @param agreementVersion the agreement's version
 * @param nko              the NKO, e.g. "108,38", or a dash
 * @param predicate        its predicate, or null
 * @param colour           the NKO's colour (GREEN, YELLOW, RED) or null
 * @param scale            the predicate scale in force
 * @param scaleAssumption  true when the framework marks the scale as an assumption
 * @param scaleNote        the framework's note on the scale (may be null)
 * @param rows             the NKO sheet: perspective, then its SS, then their IKU
 * @param notes            exclusions and warnings, in sheet order
 * @param reportedNotes    under the sheet, one sentence per IKU whose index the office reported at import and the
 *                         engine's contradicts (the row marks it too), in sheet order
 * @param place            where the report is signed ({@link DocumentSettings#place}: entered for the period's
 *                         report, else the agreement's place, else the office's city); may be null
 * @param date             the date it is signed: entered for the period's report, else the day it is made
 * @param signer           who signs the report: the unit's head ({@link ReportTexts#signer})
 */
public record NkoReport(
        String unitName,
        String unitCode,
        int year,
        Period period,
        String frameworkName,
        int frameworkVersion,
        String agreementNumber,
        int agreementVersion,
        String nko,
        String predicate,
        String colour,
        List<ScaleRow> scale,
        boolean scaleAssumption,
        String scaleNote,
        List<Row> rows,
        List<Note> notes,
        List<String> reportedNotes,
        String place,
        String date,
        PkReport.Party signer) {

    /** One step of the predicate scale: its name and its condition, e.g. "NKO > 100". */
    public record ScaleRow(String name, String condition) {}

    /** The level of a sheet row. */
    public enum Level {
        PERSPECTIVE,
        OBJECTIVE,
        INDICATOR
    }

    /**
     * A row of the NKO sheet; blank cells are null.
     *
     * @param level            perspective, SS or IKU
     * @param code             the code printed (SS and IKU)
     * @param name             the name
     * @param target           the IKU's target for the period
     * @param realization      the IKU's realization (derived ones marked by {@code derived})
     * @param derived          true when the engine derived the realization (from quarters or components)
     * @param weight           the weight (perspective: framework weight; IKU: the agreement's)
     * @param normalisedWeight the weight among the scored ones of its level
     * @param index            the index (capped)
     * @param colour           GREEN, YELLOW, RED or null
     * @param colourLabel      Hijau, Kuning, Merah or null
     * @param excluded         why it was left out of the period, or null
     * @param reported         the IKU's mark when the index the office reported at import is contradicted by the
     *                         engine's, e.g. "⚠ dilaporkan 105,67", or null
     */
    public record Row(
            Level level,
            String code,
            String name,
            String target,
            String realization,
            boolean derived,
            String weight,
            String normalisedWeight,
            String index,
            String colour,
            String colourLabel,
            String excluded,
            String reported) {}

    /** An exclusion or a warning: what it concerns and the text. */
    public record Note(String subject, String kind, String text) {}
}
