package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.dialogue.DialogueService;
import id.kinerja.dialogue.FollowUp;
import id.kinerja.dialogue.Meeting;
import id.kinerja.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The performance dialogue (DKO/DKRO) for other systems, through {@link DialogueService}. */
@RestController
@RequestMapping("/api/v1/units/{code}/dialogue")
@Tag(name = "Dialog kinerja", description = "DKO/DKRO: notulen, keputusan, tindak lanjut")
class DialogueApiController {

    /** A meeting to record: dates as yyyy-MM-dd, follow-ups with the owner's username. */
    record MeetingBody(
            Integer year,
            String kind,
            String quarter,
            String heldOn,
            String participants,
            String minutes,
            String decisions,
            Boolean riskMonitoringDiscussed,
            List<DialogueService.FollowUpForm> followUps) {}

    record DoneBody(String note) {}

    private final UnitAccess access;
    private final DialogueService dialogues;

    DialogueApiController(UnitAccess access, DialogueService dialogues) {
        this.access = access;
        this.dialogues = dialogues;
    }

    @GetMapping
    @Operation(summary = "Dialog kinerja tahun itu", description = "Urut tanggal, dengan tindak lanjutnya.")
    List<Meeting> list(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return dialogues.meetings(unit.id(), year);
    }

    @PostMapping
    @Operation(
            summary = "Catat dialog kinerja",
            description = "Pengelola kinerja atau kepala unit; seluruhnya atau tidak sama sekali, 400 menyebut kolom"
                    + " dan baris tindak lanjutnya.")
    ResponseEntity<Meeting> record(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody MeetingBody body) {
        Unit unit = access.viewable(me, code);
        Meeting m = dialogues.record(
                me,
                unit,
                body.year() == null ? 0 : body.year(),
                new DialogueService.MeetingForm(
                        body.kind(),
                        body.quarter(),
                        body.heldOn(),
                        body.participants(),
                        body.minutes(),
                        body.decisions(),
                        Boolean.TRUE.equals(body.riskMonitoringDiscussed()),
                        body.followUps()));
        return ResponseEntity.status(HttpStatus.CREATED).body(m);
    }

    @PostMapping("/follow-ups/{id}/done")
    @Operation(summary = "Tindak lanjut selesai", description = "Penanggung jawabnya atau pengelola kinerja unit.")
    FollowUp done(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody(required = false) DoneBody body) {
        Unit unit = access.viewable(me, code);
        return dialogues.complete(me, unit, id, body == null ? null : body.note());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Hapus catatan dialog", description = "Pada versi baris yang dibaca (409 bila berubah).")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) Integer rowVersion) {
        Unit unit = access.viewable(me, code);
        dialogues.delete(me, unit, id, rowVersion == null ? -1 : rowVersion);
        return ResponseEntity.noContent().build();
    }
}
