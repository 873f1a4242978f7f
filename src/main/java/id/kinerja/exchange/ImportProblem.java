package id.kinerja.exchange;

/**
 * One reason a workbook is refused, in Indonesian, naming where: sheet, row (1-based, as Excel shows it), column
 * letter and header. A problem with the whole file has no sheet; one with a whole sheet has no row.
 */
public record ImportProblem(String sheet, Integer row, String column, String header, String message) {

    static ImportProblem file(String message) {
        return new ImportProblem(null, null, null, null, message);
    }

    static ImportProblem sheet(String sheet, String message) {
        return new ImportProblem(sheet, null, null, null, message);
    }

    /** E.g. "Sheet 'Realisasi', baris 7, kolom E (Realisasi): '12,3x' bukan angka". */
    public String text() {
        StringBuilder b = new StringBuilder();
        if (sheet == null) {
            b.append("Berkas");
        } else {
            b.append("Sheet '").append(sheet).append('\'');
            if (row != null) {
                b.append(", baris ").append(row);
            }
            if (column != null) {
                b.append(", kolom ").append(column);
                if (header != null) {
                    b.append(" (").append(header).append(')');
                }
            }
        }
        return b.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
