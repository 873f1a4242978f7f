package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.evidence.UploadedFile;
import id.kinerja.organisation.Unit;
import id.kinerja.recognition.Attachment;
import id.kinerja.recognition.AwardInput;
import id.kinerja.recognition.InnovationInput;
import id.kinerja.recognition.RecognitionFile;
import id.kinerja.recognition.RecognitionKind;
import id.kinerja.recognition.Recognitions;
import id.kinerja.recognition.StoredAward;
import id.kinerja.recognition.StoredInnovation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Awards and innovations of a unit's year (LAKIN chapter III.D) with their attachments, by the same rules as the
 * page ({@link Recognitions}).
 */
@RestController
@RequestMapping("/api/v1/units/{code}")
@Tag(
        name = "Penghargaan dan inovasi",
        description = "Penghargaan dan inovasi unit (LAKIN Bab III.D) dengan lampirannya")
class RecognitionApiController {

    record AttachmentDto(String name, String contentType, long size, String sha256) {
        static AttachmentDto of(Attachment a) {
            return a == null ? null : new AttachmentDto(a.name(), a.contentType(), a.size(), a.sha256());
        }
    }

    record AwardDto(
            long id,
            int year,
            Integer position,
            String title,
            String giver,
            LocalDate date,
            String description,
            AttachmentDto attachment) {
        static AwardDto of(StoredAward a) {
            return new AwardDto(
                    a.id(),
                    a.award().year(),
                    a.position() == 0 ? null : a.position(),
                    a.award().title(),
                    a.award().giver(),
                    a.award().date(),
                    a.award().description(),
                    AttachmentDto.of(a.attachment()));
        }
    }

    record InnovationDto(
            long id,
            int year,
            Integer position,
            String name,
            String longName,
            String description,
            List<String> goals,
            AttachmentDto attachment) {
        static InnovationDto of(StoredInnovation n) {
            return new InnovationDto(
                    n.id(),
                    n.innovation().year(),
                    n.position() == 0 ? null : n.position(),
                    n.innovation().name(),
                    n.innovation().longName(),
                    n.innovation().description(),
                    n.innovation().goals(),
                    AttachmentDto.of(n.attachment()));
        }
    }

    /** An award as sent; the date as yyyy-MM-dd or null. */
    record AwardBody(String title, String giver, String date, String description) {
        AwardInput input() {
            return new AwardInput(title, giver, date, description);
        }
    }

    /** An innovation as sent. */
    record InnovationBody(String name, String longName, String description, List<String> goals) {
        InnovationInput input() {
            return new InnovationInput(name, longName, description, goals == null ? null : String.join("\n", goals));
        }
    }

    private final UnitAccess access;
    private final Recognitions recognitions;

    RecognitionApiController(UnitAccess access, Recognitions recognitions) {
        this.access = access;
        this.recognitions = recognitions;
    }

    @GetMapping("/awards")
    @Operation(summary = "Penghargaan setahun", description = "Dalam urutan cetak LAKIN.")
    List<AwardDto> awards(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return recognitions.storedAwards(unit.id(), year).stream()
                .map(AwardDto::of)
                .toList();
    }

    @PostMapping("/awards")
    @Operation(summary = "Tambah penghargaan", description = "Pengelola kinerja unit itu. 400 menyebut kolomnya.")
    ResponseEntity<AwardDto> createAward(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody AwardBody body) {
        Unit unit = access.viewable(me, code);
        long id = recognitions.createAward(me, unit, year, body.input(), null, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(AwardDto.of(recognitions.findAward(unit, id)));
    }

    @PutMapping("/awards/{id}")
    @Operation(summary = "Ubah penghargaan", description = "Lampiran tidak berubah.")
    AwardDto updateAward(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody AwardBody body) {
        Unit unit = access.viewable(me, code);
        recognitions.updateAward(me, unit, id, body.input(), null, null, false);
        return AwardDto.of(recognitions.findAward(unit, id));
    }

    @GetMapping("/innovations")
    @Operation(summary = "Inovasi setahun", description = "Dalam urutan cetak LAKIN.")
    List<InnovationDto> innovations(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return recognitions.storedInnovations(unit.id(), year).stream()
                .map(InnovationDto::of)
                .toList();
    }

    @PostMapping("/innovations")
    @Operation(summary = "Tambah inovasi", description = "Pengelola kinerja unit itu. 400 menyebut kolomnya.")
    ResponseEntity<InnovationDto> createInnovation(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody InnovationBody body) {
        Unit unit = access.viewable(me, code);
        long id = recognitions.createInnovation(me, unit, year, body.input(), null, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(InnovationDto.of(recognitions.findInnovation(unit, id)));
    }

    @PutMapping("/innovations/{id}")
    @Operation(summary = "Ubah inovasi", description = "Lampiran tidak berubah.")
    InnovationDto updateInnovation(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody InnovationBody body) {
        Unit unit = access.viewable(me, code);
        recognitions.updateInnovation(me, unit, id, body.input(), null, null, false);
        return InnovationDto.of(recognitions.findInnovation(unit, id));
    }

    @DeleteMapping("/{kind:awards|innovations}/{id}")
    @Operation(summary = "Hapus penghargaan atau inovasi", description = "Beserta lampirannya. 204.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        recognitions.delete(me, unit, RecognitionKind.ofPath(kind), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{kind:awards|innovations}/{id}/attachment")
    @Operation(
            summary = "Unggah lampiran",
            description = "Bagian multipart 'file': PDF, PNG atau JPEG, paling besar 10 MB, isi sesuai ekstensi; "
                    + "menggantikan lampiran yang ada. 204.")
    ResponseEntity<Void> attach(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(recognitions.canEdit(me, unit.id()));
        if (file == null || file.isEmpty()) {
            throw ApiProblem.badRequest("file", "Kirim berkas sebagai bagian multipart 'file'.");
        }
        recognitions.attach(me, unit, RecognitionKind.ofPath(kind), id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{kind:awards|innovations}/{id}/attachment")
    @Operation(summary = "Hapus lampiran", description = "204; 404 bila tidak ada lampiran.")
    ResponseEntity<Void> removeAttachment(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        recognitions.removeAttachment(me, unit, RecognitionKind.ofPath(kind), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{kind:awards|innovations}/{id}/attachment")
    @Operation(summary = "Unduh lampiran", description = "Bagi siapa pun yang boleh melihat unit itu.")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        RecognitionFile file = recognitions.attachment(me, unit, RecognitionKind.ofPath(kind), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        UploadedFile.contentDisposition(file.attachment().name()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
