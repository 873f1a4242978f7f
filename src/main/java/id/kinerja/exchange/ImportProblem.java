package id.kinerja.exchange;

/**
 * One reason a workbook is refused, in the importing user's language ({@link ImportTexts}), naming where: sheet, row
 * (1-based, as Excel shows it), column letter and header. A problem with the whole file has no sheet; one with a
 * whole sheet has no row. {@code message} is the reason alone, {@code text} the reason with where it is, e.g.
 * "Lembar 'Realisasi', baris 7, kolom E (Realisasi): “12,3x” bukan angka. ...".
 */
public record ImportProblem(String sheet, Integer row, String column, String header, String message, String text) {

    @Override
    public String toString() {
        return text;
    }
}
