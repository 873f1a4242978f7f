package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.calendar.CalendarRow;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.calendar.Slot;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The year's calendar of a unit, through {@link Deadlines} (the same rules as the page {@code /units/{code}/calendar}). */
@RestController
@RequestMapping("/api/v1/units/{code}/calendar/{year}")
@Tag(name = "Kalender kinerja", description = "Batas waktu per unit dan tahun: Kantor Pusat, Kanwil, unit")
class CalendarApiController {

    @Schema(
            description =
                    "Satu batas waktu: kind dan period (Q1..Q4, atau Y untuk yang tahunan); own: tanggal unit ini "
                            + "(null: tidak ada); above, aboveSetBy: tanggal dari unit di atas; effective, setBy, daysLeft: "
                            + "tanggal yang berlaku (paling awal), unit yang menetapkannya, sisa hari (negatif: terlambat)")
    record CalendarDateDto(
            DeadlineKind kind,
            Period period,
            LocalDate own,
            LocalDate above,
            String aboveSetBy,
            LocalDate effective,
            String setBy,
            Long daysLeft) {}

    @Schema(description = "Tanggal unit ini: date sebagai yyyy-MM-dd atau dd/MM/yyyy")
    record CalendarDateInput(DeadlineKind kind, Period period, String date) {}

    /** The unit's own dates of the year; a slot not listed has none afterwards. */
    record CalendarInput(List<CalendarDateInput> dates) {}

    private final UnitAccess access;
    private final Deadlines deadlines;

    CalendarApiController(UnitAccess access, Deadlines deadlines) {
        this.access = access;
        this.deadlines = deadlines;
    }

    @GetMapping
    @Operation(summary = "Kalender satu unit dan tahun", description = "Setiap batas waktu dengan asalnya.")
    List<CalendarDateDto> get(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable int year) {
        Unit unit = access.viewable(me, code);
        return deadlines.rows(unit, year).stream()
                .map(CalendarApiController::dto)
                .toList();
    }

    @PutMapping
    @Operation(
            summary = "Tetapkan tanggal unit ini",
            description = "Tanggal unit ini diganti dengan daftar yang dikirim (yang tidak disebut dihapus); "
                    + "administrator unit itu atau unit di atasnya. Tanggal tidak boleh lebih lambat dari tanggal unit "
                    + "di atas. Satu ditolak: tidak ada yang disimpan (400, pesan menyebut kolomnya).")
    List<CalendarDateDto> put(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable int year,
            @RequestBody CalendarInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(deadlines.mayEdit(me, unit.id()));
        Map<String, String> fields = new HashMap<>();
        for (CalendarDateInput d : body.dates() == null ? List.<CalendarDateInput>of() : body.dates()) {
            if (d == null || d.kind() == null || d.period() == null) {
                throw UserError.invalid("calendar.error.slot", "", "");
            }
            Slot slot = new Slot(d.kind(), d.period());
            if (!Slot.all().contains(slot)) {
                throw UserError.invalid(
                        "calendar.error.slot", d.kind().name(), d.period().name());
            }
            fields.put(slot.field(), d.date());
        }
        deadlines.set(me, unit, year, fields);
        return get(me, code, year);
    }

    private static CalendarDateDto dto(CalendarRow r) {
        return new CalendarDateDto(
                r.slot().kind(),
                r.slot().period(),
                r.own(),
                r.above() == null ? null : r.above().dueOn(),
                r.above() == null ? null : r.above().setByUnitCode(),
                r.effective() == null ? null : r.effective().date(),
                r.effective() == null ? null : r.effective().setByUnitCode(),
                r.effective() == null ? null : r.effective().daysLeft());
    }
}
