package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.CurrentUser;
import id.kinerja.organisation.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The bad-input corpus of the Excel import: every malformed workbook, built here from Kupang's export with POI (or from raw
 * bytes), is refused with a clear Indonesian error ("Lembar 'Realisasi', baris 2, kolom E ...") naming the sheet, row and column, and the database is exactly as
 * it was (an md5 over every row of every table in the public schema, before and after). JSON input belongs to the
 * REST API (not part of this module), so "bad JSON" is not here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadWorkbookCorpusTest {

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    byte[] kupang;

    @BeforeAll
    void export() {
        kupang = exporter.export(units.findByCode("KPP-KUPANG").orElseThrow(), 2024);
    }

    /** A named malformed input: how to make it from Kupang's export, and what the error must say. */
    record Case(String name, UnaryOperator<byte[]> make, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static UnaryOperator<byte[]> edit(Consumer<XSSFWorkbook> change) {
        return base -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base))) {
                change.accept(wb);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static UnaryOperator<byte[]> cell(String sheet, int row, int col, Object value) {
        return edit(wb -> set(wb.getSheet(sheet), row, col, value));
    }

    static void set(Sheet s, int row, int col, Object value) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        var c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        switch (value) {
            case null -> r.removeCell(c);
            case Number n -> c.setCellValue(n.doubleValue());
            case Boolean b -> c.setCellValue(b);
            default -> c.setCellValue(value.toString());
        }
    }

    /** Appends a data row to a sheet. */
    static UnaryOperator<byte[]> append(String sheet, Object... values) {
        return edit(wb -> {
            Sheet s = wb.getSheet(sheet);
            int r = s.getLastRowNum() + 1;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    set(s, r, i, values[i]);
                }
            }
        });
    }

    /** Copies row 2 (the first data row) of a sheet to the end. */
    static UnaryOperator<byte[]> duplicateFirstRow(String sheet) {
        return edit(wb -> {
            Sheet s = wb.getSheet(sheet);
            Row first = s.getRow(1);
            Row copy = s.createRow(s.getLastRowNum() + 1);
            for (var c : first) {
                var n = copy.createCell(c.getColumnIndex());
                switch (c.getCellType()) {
                    case NUMERIC -> n.setCellValue(c.getNumericCellValue());
                    case STRING -> n.setCellValue(c.getStringCellValue());
                    default -> {}
                }
            }
        });
    }

    static byte[] zip(String[]... entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (String[] e : entries) {
                    z.putNextEntry(new ZipEntry(e[0]));
                    z.write(e[1].getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zipBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] block = new byte[1024 * 1024];
                java.util.Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < 400; i++) {
                    z.write(block);
                }
                z.closeEntry();
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("rahasia-uji-kinerja");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xls() {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Kode unit");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh workbook (fastexcel) with every sheet's header and {@code rows} realization rows. */
    static byte[] manyRealizationRows(int rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            var guide = wb.newWorksheet(WorkbookLayout.GUIDE);
            guide.value(0, 0, WorkbookLayout.GUIDE_UNIT);
            guide.value(0, 1, "KPP-KUPANG");
            guide.value(1, 0, WorkbookLayout.GUIDE_YEAR);
            guide.value(1, 1, 2024);
            for (String name : WorkbookLayout.DATA_SHEETS) {
                var ws = wb.newWorksheet(name);
                List<String> headers = WorkbookLayout.headers(name);
                for (int i = 0; i < headers.size(); i++) {
                    ws.value(0, i, headers.get(i));
                }
                if (name.equals(WorkbookLayout.REALIZATIONS)) {
                    for (int r = 1; r <= rows; r++) {
                        ws.value(r, 0, "KPP-KUPANG");
                        ws.value(r, 1, "01a-CP");
                        ws.value(r, 3, "Q1");
                        ws.value(r, 4, r);
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final String R = WorkbookLayout.REALIZATIONS;
    static final String T = WorkbookLayout.TARGETS;
    static final String U = WorkbookLayout.UNITS;
    static final String H = WorkbookLayout.HISTORY;
    static final String P = WorkbookLayout.REVENUE;
    static final String PB = WorkbookLayout.REVENUE_MONTHS;
    static final String A = WorkbookLayout.BUDGET;
    static final String AB = WorkbookLayout.BUDGET_MONTHS;

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // the file itself
        c.add(new Case("empty file", b -> new byte[0], "Berkas: berkas kosong"));
        c.add(new Case(
                "text file named .xlsx",
                b -> "Kode,Nilai\n01a-CP,100\n".getBytes(StandardCharsets.UTF_8),
                "bukan berkas Excel"));
        c.add(new Case(
                "pdf named .xlsx", b -> "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "bukan berkas Excel"));
        c.add(new Case(
                "truncated xlsx",
                b -> java.util.Arrays.copyOf(b, b.length / 2),
                "bukan berkas Excel (.xlsx) yang utuh"));
        c.add(new Case(
                "zip without a workbook", b -> zip(new String[] {"readme.txt", "halo"}), "xl/workbook.xml tidak ada"));
        c.add(new Case("password-protected workbook", BadWorkbookCorpusTest::encrypted, "terenkripsi"));
        c.add(new Case("Excel 97-2003 .xls", b -> xls(), "Excel 97-2003"));
        c.add(new Case(
                "file over the size limit",
                b -> {
                    byte[] big = java.util.Arrays.copyOf(b, (int) WorkbookLayout.MAX_FILE_BYTES + 1);
                    return big;
                },
                "melebihi batas 10 MB"));
        c.add(new Case("zip bomb (400 MB of spaces)", b -> zipBomb(), "zip bomb"));
        c.add(new Case(
                "100,001 realization rows",
                b -> manyRealizationRows(100_001),
                "Lembar 'Realisasi': lebih dari 100000 baris"));
        // sheets and headers
        c.add(new Case(
                "missing sheet", edit(wb -> wb.removeSheetAt(wb.getSheetIndex(R))), "lembar 'Realisasi' tidak ada"));
        c.add(new Case(
                "missing guide",
                edit(wb -> wb.removeSheetAt(wb.getSheetIndex("Petunjuk"))),
                "lembar 'Petunjuk' tidak ada"));
        c.add(new Case(
                "renamed sheet",
                edit(wb -> wb.setSheetName(wb.getSheetIndex(A), "Anggaran 2024")),
                "lembar 'Anggaran' tidak ada"));
        c.add(new Case(
                "renamed header",
                cell(R, 0, 4, "Nilai"),
                "Lembar 'Realisasi', baris 1, kolom E: judul kolom 'Nilai' seharusnya 'Realisasi'"));
        c.add(new Case(
                "swapped columns",
                edit(wb -> {
                    set(wb.getSheet(T), 0, 4, "Target Q2");
                    set(wb.getSheet(T), 0, 5, "Target Q1");
                }),
                "Lembar 'Target', baris 1, kolom E: judul kolom 'Target Q2' seharusnya 'Target Q1'"));
        c.add(new Case(
                "header not in row 1",
                edit(wb ->
                        wb.getSheet(PB).shiftRows(0, Math.max(0, wb.getSheet(PB).getLastRowNum()), 1)),
                "Lembar 'Pendapatan Bulanan'"));
        c.add(new Case(
                "sheet without header",
                edit(wb -> {
                    Sheet s = wb.getSheet(AB);
                    for (int i = s.getLastRowNum(); i >= 0; i--) {
                        if (s.getRow(i) != null) {
                            s.removeRow(s.getRow(i));
                        }
                    }
                }),
                "Lembar 'Anggaran Bulanan': lembar kosong"));
        c.add(new Case(
                "hidden sheet",
                edit(wb -> wb.setSheetHidden(wb.getSheetIndex(H), true)),
                "Lembar 'Riwayat': lembar tersembunyi"));
        c.add(new Case(
                "very hidden sheet",
                edit(wb -> wb.setSheetVisibility(wb.getSheetIndex("Daftar"), SheetVisibility.VERY_HIDDEN)),
                "Lembar 'Daftar': lembar tersembunyi"));
        c.add(new Case(
                "merged cells",
                edit(wb -> wb.getSheet(R).addMergedRegion(new CellRangeAddress(1, 2, 4, 4))),
                "Lembar 'Realisasi': berisi sel gabungan (merged cells) E2:E3"));
        // cells
        c.add(new Case(
                "formula in a value",
                edit(wb -> wb.getSheet(R).getRow(1).getCell(4).setCellFormula("15+0.62")),
                "Lembar 'Realisasi', baris 2, kolom E (Realisasi): berisi rumus '=15+0.62'"));
        c.add(new Case(
                "formula in a target",
                edit(wb -> wb.getSheet(T).getRow(1).getCell(3).setCellFormula("SUM(1,2)")),
                "Lembar 'Target', baris 2, kolom D (Bobot): berisi rumus"));
        c.add(new Case(
                "error cell",
                edit(wb -> wb.getSheet(R)
                        .getRow(1)
                        .getCell(4)
                        .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode())),
                "Lembar 'Realisasi', baris 2, kolom E (Realisasi): berisi galat Excel"));
        c.add(
                new Case(
                        "text in a number",
                        cell(R, 1, 4, "12,3x"),
                        "Lembar 'Realisasi', baris 2, kolom E (Realisasi): \u201c12,3x\u201d bukan angka. Gunakan format 1.234,56"));
        c.add(
                new Case(
                        "English grouping in a number as text",
                        cell(R, 1, 4, "1,234.5"),
                        "Lembar 'Realisasi', baris 2, kolom E (Realisasi): \u201c1,234.5\u201d bukan angka. Gunakan format 1.234,56"));
        c.add(
                new Case(
                        "wrong grouping in a number as text",
                        cell(R, 1, 4, "12.34"),
                        "Lembar 'Realisasi', baris 2, kolom E (Realisasi): \u201c12.34\u201d bukan angka. Gunakan format 1.234,56"));
        c.add(
                new Case(
                        "boolean in a number",
                        cell(R, 1, 5, true),
                        "Lembar 'Realisasi', baris 2, kolom F (Indeks dilaporkan): \u201ctrue\u201d bukan angka. Gunakan format 1.234,56"));
        c.add(
                new Case(
                        "text in rupiah",
                        cell(A, 1, 6, "satu miliar"),
                        "Lembar 'Anggaran', baris 2, kolom G (Pagu (Rp)): \u201csatu miliar\u201d bukan angka. Gunakan format 1.234,56"));
        c.add(new Case(
                "missing IKU", cell(R, 1, 1, null), "Lembar 'Realisasi', baris 2, kolom B (Kode IKU): wajib diisi"));
        c.add(new Case(
                "missing value", cell(R, 1, 4, null), "Lembar 'Realisasi', baris 2, kolom E (Realisasi): wajib diisi"));
        c.add(new Case(
                "code with a space",
                cell(R, 1, 1, "01a CP"),
                "Lembar 'Realisasi', baris 2, kolom B (Kode IKU): '01a CP' bukan kode yang sah"));
        c.add(new Case(
                "note too long",
                cell(R, 1, 6, "x".repeat(4001)),
                "Lembar 'Realisasi', baris 2, kolom G (Catatan): teks terlalu panjang"));
        // codes
        c.add(new Case(
                "unknown IKU in realizations",
                cell(R, 1, 1, "99z-XX"),
                "Lembar 'Realisasi', baris 2, kolom B (Kode IKU): IKU '99z-XX' tidak dikenal"));
        c.add(new Case(
                "unknown IKU in targets",
                cell(T, 1, 1, "99z-XX"),
                "Lembar 'Target', baris 2, kolom B (Kode IKU): IKU '99z-XX' tidak dikenal"));
        c.add(new Case(
                "unknown IKU in history",
                cell(H, 1, 1, "99z-XX"),
                "Lembar 'Riwayat', baris 2, kolom B (Kode IKU): IKU '99z-XX' tidak dikenal"));
        c.add(new Case(
                "unknown unit in realizations",
                cell(R, 1, 0, "KPP-TIDAK-ADA"),
                "Lembar 'Realisasi', baris 2, kolom A (Kode Unit): unit 'KPP-TIDAK-ADA' tidak dikenal"));
        c.add(new Case(
                "unknown unit in revenue",
                cell(P, 1, 0, "KPP-TIDAK-ADA"),
                "Lembar 'Pendapatan', baris 2, kolom A (Kode Unit): unit 'KPP-TIDAK-ADA' tidak dikenal"));
        c.add(new Case(
                "unknown unit in the guide",
                edit(wb -> set(wb.getSheet("Petunjuk"), 2, 1, "KPP-ENTAH")),
                "Lembar 'Petunjuk', kolom B (Kode unit): unit 'KPP-ENTAH' tidak dikenal"));
        c.add(new Case(
                "unknown tax type",
                cell(P, 1, 1, "Z9"),
                "Lembar 'Pendapatan', baris 2, kolom B (Kode Jenis Pajak): jenis pajak 'Z9' tidak dikenal"));
        c.add(new Case(
                "unknown tax type in months",
                append(PB, "KPP-KUPANG", "Z9", 1, 100),
                "Lembar 'Pendapatan Bulanan', baris 2, kolom B (Kode Jenis Pajak): jenis pajak 'Z9' tidak dikenal"));
        c.add(new Case(
                "unknown unit type",
                cell(U, 1, 2, "KPPX"),
                "Lembar 'Unit', baris 2, kolom C (Jenis Unit): 'KPPX' bukan jenis unit"));
        c.add(new Case(
                "unknown budget level",
                cell(A, 1, 3, "SUBKOMPONEN"),
                "Lembar 'Anggaran', baris 2, kolom D (Tingkat): 'SUBKOMPONEN' bukan tingkat"));
        c.add(new Case(
                "unknown kind of spending",
                cell(A, 1, 5, 54),
                "Lembar 'Anggaran', baris 2, kolom F (Jenis Belanja): '54' bukan jenis belanja"));
        c.add(new Case(
                "unknown budget parent",
                append(A, "KPP-KUPANG", "ZZ.1.2", "ZZ.1", "OUTPUT", "Uji", 52, 10, 0),
                "Lembar 'Anggaran', baris"));
        c.add(new Case(
                "budget month of an unknown line",
                append(AB, "KPP-KUPANG", "ZZ.9", 1, 10),
                "kolom B (Kode): kode 'ZZ.9' tidak ada di DIPA"));
        // ranges
        c.add(new Case(
                "period out of range",
                cell(R, 1, 3, "Q5"),
                "Lembar 'Realisasi', baris 2, kolom D (Periode): 'Q5' bukan periode"));
        c.add(new Case(
                "month 0", append(PB, "KPP-KUPANG", "A1", 0, 100), "kolom C (Bulan): '0' di luar rentang 1 sampai 12"));
        c.add(new Case(
                "month 13",
                append(PB, "KPP-KUPANG", "A1", 13, 100),
                "kolom C (Bulan): '13' di luar rentang 1 sampai 12"));
        c.add(new Case(
                "month 2.5",
                append(AB, "KPP-KUPANG", "X", 2.5, 100),
                "kolom C (Bulan): '2.5' di luar rentang 1 sampai 12"));
        c.add(new Case(
                "negative ceiling",
                cell(A, 1, 6, -1000),
                "Lembar 'Anggaran', baris 2, kolom G (Pagu (Rp)): nilai negatif (-1000) tidak diperbolehkan"));
        c.add(new Case("fractional rupiah", cell(A, 1, 6, 1000.5), "kolom G (Pagu (Rp)): '1000.5' bukan rupiah bulat"));
        c.add(new Case(
                "negative revenue target",
                cell(P, 1, 3, -5),
                "Lembar 'Pendapatan', baris 2, kolom D (Target (Rp)): nilai negatif"));
        c.add(new Case(
                "negative budget month",
                append(AB, "KPP-KUPANG", "X", 1, -7),
                "kolom D (Realisasi (Rp)): nilai negatif"));
        c.add(new Case(
                "zero weight",
                cell(T, 1, 3, 0),
                "Lembar 'Target', baris 2, kolom D (Bobot): bobot harus lebih dari 0"));
        c.add(new Case(
                "negative staff count",
                cell(U, 1, 8, -3),
                "Lembar 'Unit', baris 2, kolom I (Jumlah Pegawai): '-3' di luar rentang"));
        c.add(new Case(
                "history year not before the workbook's",
                cell(H, 1, 2, 2024),
                "Lembar 'Riwayat', baris 2, kolom C (Tahun): tahun 2024 harus sebelum"));
        c.add(new Case(
                "year missing",
                edit(wb -> set(wb.getSheet("Petunjuk"), 3, 1, null)),
                "Lembar 'Petunjuk', baris 4, kolom B (Nilai): wajib diisi"));
        c.add(new Case(
                "year 1999",
                edit(wb -> set(wb.getSheet("Petunjuk"), 3, 1, 1999)),
                "Lembar 'Petunjuk', baris 4, kolom B (Nilai): '1999' di luar rentang"));
        // duplicates
        c.add(new Case("duplicate realization row", duplicateFirstRow(R), "Lembar 'Realisasi', baris"));
        c.add(new Case("duplicate target row", duplicateFirstRow(T), "baris ganda: IKU"));
        c.add(new Case("duplicate unit row", duplicateFirstRow(U), "baris ganda: kode unit 'KPP-KUPANG'"));
        c.add(new Case("duplicate revenue row", duplicateFirstRow(P), "Lembar 'Pendapatan', baris"));
        // the unit tree
        c.add(new Case("new unit without parent", append(U, "KPP-YATIM", "KPP Yatim", "KPP"), "Lembar 'Unit', baris"));
        c.add(new Case(
                "unknown parent",
                append(U, "KPP-X1", "KPP X1", "KPP", "KANWIL-ENTAH"),
                "kolom D (Kode Induk): kode induk 'KANWIL-ENTAH' tidak dikenal"));
        c.add(new Case(
                "own parent",
                append(U, "KPP-X2", "KPP X2", "KPP", "KPP-X2"),
                "kolom D (Kode Induk): unit tidak boleh menjadi induk dirinya sendiri"));
        c.add(new Case(
                "parent cycle",
                edit(wb -> {
                    Sheet s = wb.getSheet(U);
                    int r = s.getLastRowNum() + 1;
                    set(s, r, 0, "KPP-SIKLUS-A");
                    set(s, r, 1, "A");
                    set(s, r, 2, "KPP");
                    set(s, r, 3, "KPP-SIKLUS-B");
                    set(s, r + 1, 0, "KPP-SIKLUS-B");
                    set(s, r + 1, 1, "B");
                    set(s, r + 1, 2, "KPP");
                    set(s, r + 1, 3, "KPP-SIKLUS-A");
                }),
                "rantai induk melingkar"));
        // rights and workflow (actor: kupang.admin, performance administrator of Kupang)
        c.add(new Case(
                "changing one's own unit row",
                cell(U, 1, 1, "KPP Pratama Kupang Baru"),
                "tidak berwenang mengubah unit 'KPP-KUPANG'"));
        c.add(new Case("changing an approved realization", cell(R, 1, 4, 1.5), "sudah disetujui; hanya Administrator"));
        c.add(new Case("changing a signed agreement's target", cell(T, 1, 4, 1.5), "sudah ditandatangani"));
        c.add(new Case("changing another unit's data", append(P, "KPP-UJI-RUTE-TIDAK", "A1", 1, 1), "tidak dikenal"));
        return c;
    }

    /**
     * Every table of the public schema with the md5 of all its rows ("table=md5;" in table order), read in one
     * statement.
     */
    String checksum() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""").query(String.class).list();
        StringBuilder sql = new StringBuilder("select ''");
        for (String t : tables) {
            sql.append(" || '")
                    .append(t)
                    .append("=' || (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"")
                    .append(t)
                    .append("\" t) || ';'");
        }
        return jdbc.sql(sql.toString()).query(String.class).single();
    }

    /**
     * The checksum taken after the previous case, which is this case's "before": the cases run one after the other
     * and each asserts that it changed nothing, so the database is the same unless something else changed it (then
     * the next case fails, it does not pass wrongly). Halves the checksums of the corpus.
     */
    String lastChecksum;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAClearErrorAndChangesNothing(Case c) {
        byte[] file = c.make().apply(kupang);
        ImportActor actor = ImportActor.of((CurrentUser) users.loadUserByUsername("kupang.admin"));
        String before = lastChecksum != null ? lastChecksum : checksum();
        lastChecksum = null;
        assertThatThrownBy(() -> imports.preview(
                        file, c.name() + ".xlsx", units.findByCode("KPP-KUPANG").orElseThrow(), actor))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .as(c.name())
                                .extracting(ImportProblem::text)
                                .anyMatch(t -> t.contains(c.expected())));
        assertThatThrownBy(() -> imports.importNow(file, c.name() + ".xlsx", actor))
                .isInstanceOf(ImportRejectedException.class);
        String after = checksum();
        assertThat(after).as("database unchanged after " + c.name()).isEqualTo(before);
        lastChecksum = after;
    }

    /** The problems of a file imported by kupang.admin in a language, as the page lists them. */
    List<String> problems(byte[] file, Locale locale) {
        ImportActor actor = ImportActor.of((CurrentUser) users.loadUserByUsername("kupang.admin"));
        LocaleContextHolder.setLocale(locale);
        try {
            imports.preview(file, "x.xlsx", units.findByCode("KPP-KUPANG").orElseThrow(), actor);
            throw new AssertionError("not refused");
        } catch (ImportRejectedException e) {
            return e.problems().stream().map(ImportProblem::text).toList();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void anEnglishImporterIsToldTheSameProblemsInEnglish() {
        byte[] missing = cell(R, 1, 1, null).apply(kupang);
        assertThat(problems(missing, Locale.ENGLISH))
                .containsExactly("Sheet 'Realisasi', row 2, column B (Kode IKU): is required");
        assertThat(problems(missing, Locale.of("id")))
                .containsExactly("Lembar 'Realisasi', baris 2, kolom B (Kode IKU): wajib diisi");
        assertThat(problems(new byte[0], Locale.ENGLISH)).containsExactly("File: empty file (0 bytes)");
        assertThat(problems(cell(R, 1, 0, "KPP-TIDAK-ADA").apply(kupang), Locale.ENGLISH))
                .contains(
                        "Sheet 'Realisasi', row 2, column A (Kode Unit): unit 'KPP-TIDAK-ADA' is unknown (neither in the "
                                + "database nor in the sheet Unit)");
        assertThat(problems(cell(R, 1, 4, 1.5).apply(kupang), Locale.ENGLISH))
                .anyMatch(t -> t.startsWith("Sheet 'Realisasi', row 2, column E (Realisasi): realization ")
                        && t.contains(", period Quarter I is " + "approved already"));
    }

    @Test
    void theCorpusHasAtLeastFiftyCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cases().stream().map(Case::name).distinct().count()).isEqualTo(cases().size());
    }
}
