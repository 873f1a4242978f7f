package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.organisation.Unit;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Petunjuk sheet: the workbook's unit and year (read back by the import), its agreement, and how to fill it in. */
@Component
final class GuideSheetWriter {

    void write(Worksheet ws, Unit unit, int year, PerformanceAgreement pk) {
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
            {HISTORY, "Realisasi dan indeks IKU tahun-tahun sebelumnya (perbandingan lima tahun LAKIN); IKU mana pun."},
            {
                PLANNING,
                "Target Renstra DJP dan RPJMN serta standar nasional per IKU perjanjian tahun ini (LAKIN bab III). "
                        + "Kosongkan target yang tidak ditetapkan dokumennya (isi Sumber bila tidak ada target sama sekali); "
                        + "baris kosong tidak dicatat. Lembar ini boleh tidak ada."
            },
            {
                REVENUE,
                "Penerimaan pajak per jenis pajak dan tahun (kolom Tahun): target dan realisasi setahun (Rp); "
                        + "beberapa tahun (riwayat lima tahun) dalam satu lembar. Tahun kosong = tahun berkas ini."
            },
            {REVENUE_MONTHS, "Realisasi penerimaan per jenis pajak dan bulan (1-12)."},
            {
                REVENUE_NET,
                "Penerimaan neto per tahun: target neto, penerimaan bruto, restitusi dan neto (Rp). Bruto dan "
                        + "restitusi berdua atau tidak sama sekali; neto kosong dihitung = bruto - restitusi, neto "
                        + "yang berbeda ditolak."
            },
            {
                REVENUE_ACTIVITIES,
                "Penerimaan dari kegiatan PPM (IKU 02a) dan PKM (IKU 03a) per tahun dan triwulan Q1-Q4: target dan "
                        + "realisasi kumulatif dari Januari (Rp); target Q4 = target setahun."
            },
            {
                BUDGET,
                "DIPA: kode (jalur kode, mis. WA.4707.EBB.002), kode induk, tingkat (" + levelLabels()
                        + "), uraian, jenis belanja (51 pegawai, 52 barang, 53 modal), pagu, "
                        + "realisasi."
            },
            {BUDGET_MONTHS, "Realisasi anggaran per baris DIPA dan bulan (1-12)."},
            {
                KINDS,
                "Ringkasan menurut jenis belanja (51 pegawai, 52 barang, 53 modal): pagu dan realisasi setahun. "
                        + "Untuk kantor tanpa rincian DIPA, inilah anggarannya; bila ada baris DIPA, perbedaannya "
                        + "dengan jumlah baris DIPA per jenis ditandai."
            },
            {KIND_MONTHS, "Realisasi per jenis belanja dan bulan (1-12), hanya untuk kantor tanpa baris DIPA."},
            {
                AWARDS,
                "Penghargaan (LAKIN Bab III.D) menurut nomor urut: nomor yang sudah ada diubah, nomor baru "
                        + "ditambahkan di akhir. Tanggal: 2024-06-30. Lampiran diunggah di halaman Penghargaan."
            },
            {
                INNOVATIONS,
                "Inovasi (LAKIN Bab III.D) menurut nomor urut; tujuan satu per baris dalam sel. Lampiran diunggah "
                        + "di halaman Penghargaan."
            },
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

    private static String statusLabel(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "draf";
            case SIGNED -> "ditandatangani";
            case SUPERSEDED -> "digantikan";
        };
    }
}
