package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.IndicatorHistory;
import id.kinerja.realization.IndicatorHistoryEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The past years of every IKU of a unit (realization and index), through {@link IndicatorHistory}. */
@RestController
@RequestMapping("/api/v1/units/{code}/indicator-history")
@Tag(name = "Riwayat IKU", description = "Realisasi dan indeks capaian IKU tahun-tahun sebelumnya")
class IndicatorHistoryApiController {

    record HistoryDto(String indicator, int year, BigDecimal realization, BigDecimal index, String note) {}

    /** The years recorded or replaced. */
    record HistoryInput(List<HistoryDto> entries) {}

    private final UnitAccess access;
    private final IndicatorHistory history;

    IndicatorHistoryApiController(UnitAccess access, IndicatorHistory history) {
        this.access = access;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Riwayat IKU satu unit", description = "Semua IKU, atau satu (iku=), urut kode lalu tahun.")
    List<HistoryDto> list(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) String iku) {
        Unit unit = access.viewable(me, code);
        List<IndicatorHistoryEntry> all = iku == null ? history.of(unit.id()) : history.of(unit.id(), iku);
        return all.stream()
                .map(e -> new HistoryDto(e.indicatorCode(), e.year(), e.realization(), e.index(), e.note()))
                .toList();
    }

    @PutMapping
    @Operation(
            summary = "Catat riwayat IKU",
            description = "Mencatat atau mengganti tahun-tahun yang dikirim (IKU Manual IKU mana pun, tahun sebelum "
                    + "tahun berjalan, realisasi wajib); pengelola kinerja unit itu. Satu baris ditolak: tidak ada "
                    + "yang disimpan (400, pesan menyebut IKU, tahun dan kolomnya).")
    List<HistoryDto> put(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody HistoryInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(history.canEdit(me, unit.id()));
        history.save(
                me,
                unit,
                (body.entries() == null ? List.<HistoryDto>of() : body.entries())
                        .stream()
                                .map(d -> new IndicatorHistoryEntry(
                                        d.indicator(), d.year(), d.realization(), d.index(), d.note()))
                                .toList());
        return list(me, code, null);
    }

    @DeleteMapping("/{iku}/{year}")
    @Operation(summary = "Hapus satu tahun riwayat IKU", description = "400 bila tahun itu tidak dicatat.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable int year) {
        Unit unit = access.viewable(me, code);
        history.delete(me, unit, iku, year);
        return ResponseEntity.noContent().build();
    }
}
