package id.kinerja.exchange;

import id.kinerja.budget.BudgetLevel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exchange workbook: its sheets and their header rows (row 1, Indonesian). The export writes exactly these and
 * the import refuses a sheet whose header differs, so a moved or renamed column can never put a figure in the
 * wrong field. Columns marked "(info)" are written for the reader and ignored by the import.
 */
final class WorkbookLayout {

    static final String GUIDE = "Petunjuk";
    static final String LISTS = "Daftar";
    static final String UNITS = "Unit";
    static final String TARGETS = "Target";
    static final String REALIZATIONS = "Realisasi";
    static final String HISTORY = "Riwayat";
    /** The Renstra / RPJMN targets and national standard per IKU of the year (optional: older files lack it). */
    static final String PLANNING = "Renstra";

    static final String REVENUE = "Pendapatan";
    static final String REVENUE_MONTHS = "Pendapatan Bulanan";
    static final String REVENUE_NET = "Penerimaan Neto";
    static final String REVENUE_ACTIVITIES = "Penerimaan PPM PKM";
    static final String BUDGET = "Anggaran";
    static final String BUDGET_MONTHS = "Anggaran Bulanan";
    static final String KINDS = "Jenis Belanja";
    static final String KIND_MONTHS = "Jenis Belanja Bulanan";
    static final String AWARDS = "Penghargaan";
    static final String INNOVATIONS = "Inovasi";

    /** Labels in column A of the guide whose column B the import reads. */
    static final String GUIDE_UNIT = "Kode unit";

    static final String GUIDE_YEAR = "Tahun";

    static final List<String> PERIODS = List.of("Q1", "Q2", "S1", "Q3", "SDQ3", "Q4", "Y");

    /** The DIPA levels as the workbook writes them, in Indonesian (the Tingkat column and its list). */
    static final Map<BudgetLevel, String> LEVEL_LABELS = new EnumMap<>(Map.of(
            BudgetLevel.PROGRAM,
            "Program",
            BudgetLevel.ACTIVITY,
            "Kegiatan",
            BudgetLevel.OUTPUT,
            "Output",
            BudgetLevel.COMPONENT,
            "Komponen"));

    /** A level from its label (any case) or, as files exported before the labels have it, its code; else null. */
    static BudgetLevel level(String text) {
        String t = text.strip();
        for (Map.Entry<BudgetLevel, String> e : LEVEL_LABELS.entrySet()) {
            if (e.getValue().equalsIgnoreCase(t) || e.getKey().name().equals(t.toUpperCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The labels in order, for lists and messages: "Program, Kegiatan, Output, Komponen". */
    static String levelLabels() {
        return String.join(", ", LEVEL_LABELS.values());
    }

    static final List<String> UNIT_HEADERS = List.of(
            "Kode Unit",
            "Nama Unit",
            "Jenis Unit",
            "Kode Induk",
            "Kode Resmi",
            "Nama Kepala",
            "Wilayah Kerja",
            "Alamat",
            "Jumlah Pegawai");
    static final List<String> TARGET_HEADERS = List.of(
            "Kode Unit",
            "Kode IKU",
            "Nama IKU (info)",
            "Bobot",
            "Target Q1",
            "Target Q2",
            "Target S1",
            "Target Q3",
            "Target SDQ3",
            "Target Q4",
            "Target Y");
    static final List<String> REALIZATION_HEADERS =
            List.of("Kode Unit", "Kode IKU", "Nama IKU (info)", "Periode", "Realisasi", "Indeks dilaporkan", "Catatan");
    static final List<String> HISTORY_HEADERS =
            List.of("Kode Unit", "Kode IKU", "Tahun", "Realisasi", "Indeks", "Catatan");
    static final List<String> PLANNING_HEADERS = List.of(
            "Kode Unit", "Kode IKU", "Nama IKU (info)", "Target Renstra", "Target RPJMN", "Standar Nasional", "Sumber");
    /**
     * The revenue lines, one year per row (column F "Tahun"), so five years of history fit in one sheet. A workbook
     * written before the column existed (headers A..E only) is still read: its rows are the workbook's year (the
     * guide's "Tahun"), as is a row whose Tahun cell is blank.
     */
    static final List<String> REVENUE_HEADERS = List.of(
            "Kode Unit", "Kode Jenis Pajak", "Jenis Pajak (info)", "Target (Rp)", "Realisasi Setahun (Rp)", "Tahun");

    /** The revenue sheet's header before the year column (read as the workbook's year). */
    static final List<String> REVENUE_HEADERS_WITHOUT_YEAR = REVENUE_HEADERS.subList(0, 5);

    static final List<String> REVENUE_MONTH_HEADERS =
            List.of("Kode Unit", "Kode Jenis Pajak", "Bulan", "Realisasi (Rp)");
    static final List<String> REVENUE_NET_HEADERS = List.of(
            "Kode Unit",
            "Tahun",
            "Target Neto (Rp)",
            "Penerimaan Bruto (Rp)",
            "Restitusi (Rp)",
            "Penerimaan Neto (Rp)");
    static final List<String> REVENUE_ACTIVITY_HEADERS =
            List.of("Kode Unit", "Tahun", "Kegiatan", "Triwulan", "Target (Rp)", "Realisasi (Rp)");
    static final List<String> BUDGET_HEADERS = List.of(
            "Kode Unit", "Kode", "Kode Induk", "Tingkat", "Uraian", "Jenis Belanja", "Pagu (Rp)", "Realisasi (Rp)");
    static final List<String> BUDGET_MONTH_HEADERS = List.of("Kode Unit", "Kode", "Bulan", "Realisasi (Rp)");
    static final List<String> KIND_HEADERS =
            List.of("Kode Unit", "Jenis Belanja", "Uraian (info)", "Pagu (Rp)", "Realisasi (Rp)");
    static final List<String> KIND_MONTH_HEADERS = List.of("Kode Unit", "Jenis Belanja", "Bulan", "Realisasi (Rp)");
    static final List<String> AWARD_HEADERS =
            List.of("Kode Unit", "No", "Nama Penghargaan", "Pemberi", "Tanggal", "Uraian", "Lampiran (info)");
    static final List<String> INNOVATION_HEADERS = List.of(
            "Kode Unit", "No", "Nama Inovasi", "Kepanjangan", "Uraian", "Tujuan (satu per baris)", "Lampiran (info)");

    /** The data sheets in import order (units first: data rows may name a unit created by the same file). */
    static final List<String> DATA_SHEETS = List.of(
            UNITS,
            TARGETS,
            REALIZATIONS,
            HISTORY,
            REVENUE,
            REVENUE_MONTHS,
            REVENUE_NET,
            REVENUE_ACTIVITIES,
            BUDGET,
            BUDGET_MONTHS,
            KINDS,
            KIND_MONTHS,
            AWARDS,
            INNOVATIONS);

    /**
     * The data sheets a workbook may lack (written by a version before them): a missing one is read as empty, nothing
     * of it is imported.
     */
    static final java.util.Set<String> OPTIONAL_SHEETS =
            java.util.Set.of(REVENUE_NET, REVENUE_ACTIVITIES, KINDS, KIND_MONTHS, AWARDS, INNOVATIONS);

    static List<String> headers(String sheet) {
        return switch (sheet) {
            case UNITS -> UNIT_HEADERS;
            case TARGETS -> TARGET_HEADERS;
            case REALIZATIONS -> REALIZATION_HEADERS;
            case HISTORY -> HISTORY_HEADERS;
            case PLANNING -> PLANNING_HEADERS;
            case REVENUE -> REVENUE_HEADERS;
            case REVENUE_MONTHS -> REVENUE_MONTH_HEADERS;
            case REVENUE_NET -> REVENUE_NET_HEADERS;
            case REVENUE_ACTIVITIES -> REVENUE_ACTIVITY_HEADERS;
            case BUDGET -> BUDGET_HEADERS;
            case BUDGET_MONTHS -> BUDGET_MONTH_HEADERS;
            case KINDS -> KIND_HEADERS;
            case KIND_MONTHS -> KIND_MONTH_HEADERS;
            case AWARDS -> AWARD_HEADERS;
            case INNOVATIONS -> INNOVATION_HEADERS;
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    /** Column letter of a 0-based index (A..Z, AA..). */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        int i = index + 1;
        while (i > 0) {
            int r = (i - 1) % 26;
            b.insert(0, (char) ('A' + r));
            i = (i - 1) / 26;
        }
        return b.toString();
    }

    /** Limits of an import (documented in README.md). */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    static final long MAX_UNPACKED_BYTES = 300L * 1024 * 1024;
    static final int MAX_RATIO = 200;
    static final int MAX_ROWS_PER_SHEET = 100_000;
    static final int MAX_PROBLEMS = 500;

    private WorkbookLayout() {}
}
