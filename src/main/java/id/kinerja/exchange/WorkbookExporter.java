package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetMonth;
import id.kinerja.budget.BudgetService;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import id.kinerja.scoring.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a unit's year as the exchange workbook.
 *
 * <p>Library: fastexcel (writer) rather than POI. It streams rows straight to the zip (constant memory, several
 * times faster than XSSF for large sheets, see docs/benchmarks.md), and it has what the workbook needs: list data
 * validation (drop-downs), frozen panes, column widths, bold headers. POI is used only by the tests, to build the
 * broken workbooks that fastexcel would refuse to write (merged value cells, formulas, hidden sheets, encryption).
 *
 * <p>Every text cell goes through {@link #safe}: a value starting with {@code = + - @}, a tab or a carriage return is
 * written with a leading apostrophe, so that no spreadsheet program runs it as a formula (formula injection); the
 * import removes that apostrophe again.
 */
@Service
public class WorkbookExporter {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
    };

    private final Units units;
    private final Agreements agreements;
    private final RealizationQueries realizations;
    private final RealizationQueries reportedIndexes;
    private final RealizationQueries history;
    private final RevenueService revenue;
    private final BudgetService budget;
    private final FrameworkCatalog frameworks;

    WorkbookExporter(
            Units units,
            Agreements agreements,
            RealizationQueries realizations,
            RealizationQueries reportedIndexes,
            RealizationQueries history,
            RevenueService revenue,
            BudgetService budget,
            FrameworkCatalog frameworks) {
        this.reportedIndexes = reportedIndexes;
        this.units = units;
        this.agreements = agreements;
        this.realizations = realizations;
        this.history = history;
        this.revenue = revenue;
        this.budget = budget;
        this.frameworks = frameworks;
    }

    /** A text cell value made safe against formula injection. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The workbook of a unit (and the units under it in the Unit sheet) for a year. */
    @Transactional(readOnly = true)
    public byte[] export(Unit unit, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(unit, year, out);
        return out.toByteArray();
    }

    /** The file name of the export, e.g. {@code kinerja-KPP-KUPANG-2024.xlsx}. */
    public static String fileName(Unit unit, int year) {
        return "kinerja-" + unit.code().replaceAll("[^A-Za-z0-9-]", "_") + "-" + year + ".xlsx";
    }

    void write(Unit unit, int year, OutputStream out) {
        PerformanceAgreement pk = agreements.findCurrent(unit.id(), year).orElse(null);
        Framework framework = pk != null ? frameworks.framework(pk.frameworkVersionId()) : frameworkOfYear(year);
        List<TaxType> taxTypes = revenue.taxTypes();
        try {
            Workbook wb = new Workbook(out, "Kinerja", "1.0");
            guide(wb.newWorksheet(GUIDE), unit, year, pk);
            int ikuCount = lists(wb.newWorksheet(LISTS), framework, taxTypes);
            int taxCount = taxTypes.size();
            unitSheet(wb.newWorksheet(UNITS), unit);
            targetSheet(wb.newWorksheet(TARGETS), unit, pk, framework, ikuCount);
            realizationSheet(wb.newWorksheet(REALIZATIONS), unit, year, framework, ikuCount);
            historySheet(wb.newWorksheet(HISTORY), unit, year, ikuCount);
            revenueSheets(wb.newWorksheet(REVENUE), wb.newWorksheet(REVENUE_MONTHS), unit, year, taxTypes, taxCount);
            budgetSheets(wb.newWorksheet(BUDGET), wb.newWorksheet(BUDGET_MONTHS), unit, year);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Framework frameworkOfYear(int year) {
        return frameworks.all().stream()
                .filter(v -> v.year() == year)
                .reduce((a, b) -> b)
                .map(v -> frameworks.framework(v.id()))
                .orElse(null);
    }

    private void guide(Worksheet ws, Unit unit, int year, PerformanceAgreement pk) {
        ws.width(0, 28);
        ws.width(1, 110);
        int r = 0;
        ws.value(r, 0, "Kinerja: berkas pertukaran data (impor/ekspor)");
        ws.style(r, 0).bold().fontSize(14).set();
        r += 2;
        ws.value(r, 0, GUIDE_UNIT);
        ws.value(r, 1, safe(unit.code()));
        ws.style(r, 0).bold().set();
        r++;
        ws.value(r, 0, GUIDE_YEAR);
        ws.value(r, 1, year);
        ws.style(r, 0).bold().set();
        r++;
        ws.value(r, 0, "Nama unit");
        ws.value(r, 1, safe(unit.name()));
        r++;
        ws.value(r, 0, "Perjanjian kinerja");
        ws.value(
                r,
                1,
                pk == null
                        ? "belum ada (impor lembar Target membuat konsep perjanjian)"
                        : safe("versi " + pk.version() + ", " + statusLabel(pk.status())
                                + (pk.number() == null ? "" : ", nomor " + pk.number())));
        r += 2;
        String[][] text = {
            {
                "Cara pakai",
                "Isi atau ubah lembar data, simpan sebagai .xlsx, lalu impor (halaman Excel unit, atau "
                        + "java -jar kinerja.jar import --file BERKAS --dry-run). Pratinjau menunjukkan setiap "
                        + "perubahan (baru/berubah, nilai lama -> baru) sebelum disimpan; semua atau tidak sama sekali."
            },
            {
                "Kolom tetap",
                "Baris 1 setiap lembar adalah judul kolom dan tidak boleh diubah, dipindah atau "
                        + "dihapus. Kolom bertanda (info) hanya untuk dibaca dan tidak diimpor. Lembar tidak boleh "
                        + "disembunyikan, dihapus atau diganti namanya; baris kosong dilewati."
            },
            {
                "Angka",
                "Tulis sebagai angka (bukan rumus). Angka sebagai teks dibaca dalam format Indonesia: "
                        + "1.234,56. Rupiah bulat tanpa titik desimal. Sel gabungan (merge) tidak diterima."
            },
            {
                "Kode",
                "Kode IKU, jenis pajak, jenis unit, tingkat, jenis belanja dan periode dipilih dari daftar "
                        + "(lihat lembar Daftar). Periode (kode): Q1 = Triwulan I, Q2 = Triwulan II, S1 = Semester I, "
                        + "Q3 = Triwulan III, SDQ3 = s.d. Triwulan III, Q4 = Triwulan IV, Y = Tahunan."
            },
            {
                UNITS,
                "Unit organisasi: kode, nama, jenis (HQ, KANWIL, KPP, KP2KP, SECTION), kode induk, kepala. "
                        + "Baris dengan kode baru membuat unit baru (Kanwil: membuka kantor baru)."
            },
            {
                TARGETS,
                "Target perjanjian kinerja per IKU dan periode, dan bobot. Unit tanpa perjanjian tahun "
                        + "ini: dibuat konsep (draf). Perjanjian yang sudah ditandatangani tidak diubah lewat "
                        + "impor: buat revisi di halaman Perjanjian Kinerja."
            },
            {
                REALIZATIONS,
                "Realisasi per IKU dan periode. Isi hanya Q1-Q4 dan Y; S1 dan SDQ3 dihitung. Kolom "
                        + "Indeks dilaporkan (boleh kosong): indeks yang Anda hitung sendiri; bila berbeda lebih "
                        + "dari 0,01 dari hitungan aplikasi, pratinjau menandainya (data tetap diterima)."
            },
            {HISTORY, "Realisasi dan indeks IKU tahun-tahun sebelumnya (perbandingan lima tahun LAKIN)."},
            {REVENUE, "Penerimaan pajak per jenis pajak: target dan realisasi setahun (Rp)."},
            {REVENUE_MONTHS, "Realisasi penerimaan per jenis pajak dan bulan (1-12)."},
            {
                BUDGET,
                "DIPA: kode (jalur kode, mis. WA.4707.EBB.002), kode induk, tingkat (" + levelLabels()
                        + "), uraian, jenis belanja (51 pegawai, 52 barang, 53 modal), pagu, "
                        + "realisasi."
            },
            {BUDGET_MONTHS, "Realisasi anggaran per baris DIPA dan bulan (1-12)."},
            {LISTS, "Daftar nilai untuk pilihan (tidak diimpor)."},
            {
                "Hak akses",
                "Data unit: Pengelola Kinerja unit itu atau Administrator. Lembar Unit: Pengelola "
                        + "Kinerja/Administrator unit di atasnya (mis. Kanwil untuk KPP-nya)."
            },
        };
        for (String[] line : text) {
            ws.value(r, 0, line[0]);
            ws.style(r, 0).bold().set();
            ws.value(r, 1, line[1]);
            ws.style(r, 1).wrapText(true).set();
            r++;
        }
    }

    private int lists(Worksheet ws, Framework framework, List<TaxType> taxTypes) {
        header(ws, List.of("Kode IKU", "Nama IKU", "", "Kode Jenis Pajak", "Jenis Pajak"));
        ws.width(0, 14);
        ws.width(1, 70);
        ws.width(3, 18);
        ws.width(4, 50);
        int n = 0;
        if (framework != null) {
            for (Indicator i : framework.indicators()) {
                ws.value(1 + n, 0, safe(i.code()));
                ws.value(1 + n, 1, safe(i.name()));
                n++;
            }
        }
        int t = 0;
        for (TaxType type : taxTypes) {
            ws.value(1 + t, 3, safe(type.code()));
            ws.value(1 + t, 4, safe(type.name()));
            t++;
        }
        return n;
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            ws.value(0, i, headers.get(i));
            ws.style(0, i).bold().fillColor("DDE7F0").set();
        }
        ws.freezePane(0, 1);
    }

    private static final int VALIDATED_ROWS = 2000;

    private static void listFrom(Worksheet ws, int col, String listSheet, int listCol, int count) {
        if (count == 0) {
            return;
        }
        String letter = column(listCol);
        ws.range(1, col, VALIDATED_ROWS, col)
                .validateWithListByFormula("'" + listSheet + "'!$" + letter + "$2:$" + letter + "$" + (count + 1))
                .allowBlank(true)
                .showErrorMessage(true);
    }

    private static void listOf(Worksheet ws, int col, List<String> values) {
        ws.range(1, col, VALIDATED_ROWS, col)
                .validateWithListByFormula("\"" + String.join(",", values) + "\"")
                .allowBlank(true)
                .showErrorMessage(true);
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int i = 0; i < widths.length; i++) {
            ws.width(i, widths[i]);
        }
    }

    private void unitSheet(Worksheet ws, Unit unit) {
        header(ws, UNIT_HEADERS);
        widths(ws, 18, 40, 12, 18, 14, 28, 40, 40, 14);
        listOf(ws, 2, Arrays.stream(UnitType.values()).map(Enum::name).toList());
        List<Unit> all = new ArrayList<>();
        collect(unit, all);
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.code()));
        int r = 1;
        for (Unit u : all) {
            ws.value(r, 0, safe(u.code()));
            ws.value(r, 1, safe(u.name()));
            ws.value(r, 2, u.type().name());
            text(ws, r, 3, u.parentId() == null ? null : codes.get(u.parentId()));
            text(ws, r, 4, u.officialCode());
            text(ws, r, 5, u.headName());
            text(ws, r, 6, u.area());
            text(ws, r, 7, u.address());
            if (u.staffCount() != null) {
                ws.value(r, 8, u.staffCount());
            }
            r++;
        }
    }

    private void collect(Unit unit, List<Unit> into) {
        into.add(unit);
        for (Unit child : units.findChildren(unit.id())) {
            collect(child, into);
        }
    }

    private static void text(Worksheet ws, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            ws.value(r, c, safe(value));
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private void targetSheet(Worksheet ws, Unit unit, PerformanceAgreement pk, Framework framework, int ikuCount) {
        header(ws, TARGET_HEADERS);
        widths(ws, 18, 12, 50, 8, 12, 12, 12, 12, 12, 12, 12);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        if (pk == null) {
            return;
        }
        int r = 1;
        for (PerformanceAgreement.Indicator i : pk.indicators()) {
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(i.code()));
            text(ws, r, 2, ikuName(framework, i.code()));
            ws.value(r, 3, i.weight());
            for (int p = 0; p < PERIODS.size(); p++) {
                Target t = i.targets().get(Period.valueOf(PERIODS.get(p)));
                number(ws, r, 4 + p, t == null ? null : t.value());
            }
            r++;
        }
    }

    private static String ikuName(Framework framework, String code) {
        Indicator i = framework == null ? null : framework.indicator(code);
        return i == null ? null : i.name();
    }

    private void realizationSheet(Worksheet ws, Unit unit, int year, Framework framework, int ikuCount) {
        header(ws, REALIZATION_HEADERS);
        widths(ws, 18, 12, 50, 9, 14, 16, 60);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        listOf(ws, 3, PERIODS);
        int r = 1;
        // the reported indexes imported earlier go back into their column, so a round trip keeps them
        java.util.Map<String, java.math.BigDecimal> reported = new java.util.HashMap<>();
        reportedIndexes
                .reportedIndexes(unit.id(), year)
                .forEach(i -> reported.put(i.indicatorCode() + "/" + i.period(), i.reported()));
        for (Realization x : realizations.realizations(unit.id(), year)) {
            if (x.value() == null) {
                continue; // component-only entries are not part of the workbook (README: limits)
            }
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(x.indicatorCode()));
            text(ws, r, 2, ikuName(framework, x.indicatorCode()));
            ws.value(r, 3, x.period().name());
            ws.value(r, 4, x.value());
            java.math.BigDecimal index = reported.get(x.indicatorCode() + "/" + x.period());
            if (index != null) {
                ws.value(r, 5, index);
            }
            text(ws, r, 6, x.note());
            r++;
        }
    }

    private void historySheet(Worksheet ws, Unit unit, int year, int ikuCount) {
        header(ws, HISTORY_HEADERS);
        widths(ws, 18, 12, 8, 16, 12, 60);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        int r = 1;
        for (IndicatorHistoryEntry e : history.history(unit.id())) {
            if (e.year() >= year) {
                continue;
            }
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(e.indicatorCode()));
            ws.value(r, 2, e.year());
            ws.value(r, 3, e.realization());
            number(ws, r, 4, e.index());
            text(ws, r, 5, e.note());
            r++;
        }
    }

    private void revenueSheets(
            Worksheet lines, Worksheet months, Unit unit, int year, List<TaxType> taxTypes, int taxCount) {
        header(lines, REVENUE_HEADERS);
        widths(lines, 18, 18, 50, 22, 24);
        listFrom(lines, 1, LISTS, 3, taxCount);
        Map<String, String> names = new HashMap<>();
        taxTypes.forEach(t -> names.put(t.code(), t.name()));
        int r = 1;
        for (RevenueLine l : revenue.findLines(unit.id())) {
            if (l.year() != year) {
                continue;
            }
            lines.value(r, 0, safe(unit.code()));
            lines.value(r, 1, safe(l.taxTypeCode()));
            text(lines, r, 2, names.get(l.taxTypeCode()));
            number(lines, r, 3, l.target());
            number(lines, r, 4, l.realization());
            r++;
        }
        header(months, REVENUE_MONTH_HEADERS);
        widths(months, 18, 18, 8, 22);
        listFrom(months, 1, LISTS, 3, taxCount);
        listOf(months, 2, monthNumbers());
        r = 1;
        for (RevenueMonth m : revenue.findMonths(unit.id())) {
            if (m.year() != year) {
                continue;
            }
            months.value(r, 0, safe(unit.code()));
            months.value(r, 1, safe(m.taxTypeCode()));
            months.value(r, 2, m.month());
            months.value(r, 3, m.realization());
            r++;
        }
    }

    private static List<String> monthNumbers() {
        List<String> list = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            list.add(String.valueOf(m));
        }
        return list;
    }

    /** The agreement's status as users say it. */
    private static String statusLabel(id.kinerja.agreement.AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "draf";
            case SIGNED -> "ditandatangani";
            case SUPERSEDED -> "digantikan";
        };
    }

    private void budgetSheets(Worksheet lines, Worksheet months, Unit unit, int year) {
        header(lines, BUDGET_HEADERS);
        widths(lines, 18, 24, 24, 13, 60, 13, 20, 20);
        listOf(lines, 3, List.copyOf(LEVEL_LABELS.values()));
        listOf(lines, 5, List.of("51", "52", "53"));
        int r = 1;
        Set<String> codes = new LinkedHashSet<>();
        for (BudgetLine l : budget.findLines(unit.id(), year)) {
            lines.value(r, 0, safe(unit.code()));
            lines.value(r, 1, safe(l.code()));
            text(lines, r, 2, l.parentCode());
            lines.value(r, 3, LEVEL_LABELS.get(l.level()));
            lines.value(r, 4, safe(l.name()));
            if (l.kind() != null) {
                lines.value(r, 5, l.kind());
            }
            lines.value(r, 6, l.ceiling());
            lines.value(r, 7, l.realization());
            codes.add(l.code());
            r++;
        }
        header(months, BUDGET_MONTH_HEADERS);
        widths(months, 18, 24, 8, 20);
        listOf(months, 2, monthNumbers());
        r = 1;
        for (BudgetMonth m : budget.findMonths(unit.id(), year)) {
            months.value(r, 0, safe(unit.code()));
            months.value(r, 1, safe(m.code()));
            months.value(r, 2, m.month());
            months.value(r, 3, m.realization());
            r++;
        }
        if (codes.isEmpty()) {
            return;
        }
        // Month names in the header comment help people who think in months, not numbers.
        months.comment(0, 2, "1=" + MONTHS[0] + " ... 12=" + MONTHS[11]);
    }
}
