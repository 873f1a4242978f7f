package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.exchange.ImportActor;
import id.kinerja.exchange.ImportPlan;
import id.kinerja.exchange.ImportProblem;
import id.kinerja.exchange.ImportRejectedException;
import id.kinerja.exchange.ImportService;
import id.kinerja.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import through the API, with the exchange module's {@link ImportService} (the same checks as the unit's
 * Excel page): {@code POST /api/v1/units/{code}/imports} (multipart {@code file}) parses, validates and plans the
 * workbook without changing any data (the dry run) and keeps it for a confirmation; {@code POST .../imports/{id}/apply}
 * applies exactly that plan in one transaction. A refused workbook: 422 (upload) or 409 (apply) with every problem
 * naming sheet, row and column. Who: a performance administrator or administrator of the unit or of a unit above it.
 */
@RestController
@Tag(name = "Impor Excel", description = "Impor buku kerja Excel: rencana (uji coba tanpa perubahan) lalu terapkan")
class ImportApiController {

    /** Up to the exchange module's limit plus one byte, so that an oversized file is recognised and refused. */
    private static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

    record ImportResult(
            Long batchId,
            boolean nothingToChange,
            int added,
            int changed,
            int unchanged,
            String summary,
            ImportPlan plan) {
        static ImportResult of(Long batchId, ImportPlan plan, String summary) {
            return new ImportResult(
                    batchId, plan.nothingToChange(), plan.added(), plan.changed(), plan.unchanged(), summary, plan);
        }
    }

    record Problem(String sheet, Integer row, String column, String header, String message, String text) {
        static Problem of(ImportProblem p) {
            return new Problem(p.sheet(), p.row(), p.column(), p.header(), p.message(), p.text());
        }
    }

    record Rejected(int status, String error, String message, String field, List<Problem> problems) {}

    private final UnitAccess access;
    private final ImportService imports;

    ImportApiController(UnitAccess access, ImportService imports) {
        this.access = access;
        this.imports = imports;
    }

    @PostMapping("/api/v1/units/{code}/imports")
    @Operation(
            summary = "Rencana impor buku kerja Excel (uji coba)",
            description = "Membaca, memeriksa dan merencanakan perubahan tanpa mengubah data. batchId (bila ada yang "
                    + "berubah) dipakai untuk menerapkan. 422 dengan daftar kesalahan per sheet/baris/kolom.")
    ResponseEntity<?> plan(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayImport(me, unit));
        if (file == null || file.isEmpty()) {
            throw ApiProblem.badRequest("file", "Kirim berkas .xlsx sebagai bagian multipart 'file'.");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(READ_LIMIT);
        }
        try {
            ImportService.Preview preview =
                    imports.preview(bytes, file.getOriginalFilename(), unit, ImportActor.of(me));
            return ResponseEntity.ok(ImportResult.of(
                    preview.batchId() == 0 ? null : preview.batchId(),
                    preview.plan(),
                    imports.summary(preview.plan())));
        } catch (ImportRejectedException e) {
            return rejected(HttpStatus.UNPROCESSABLE_CONTENT, e);
        }
    }

    @PostMapping("/api/v1/units/{code}/imports/{id}/apply")
    @Operation(
            summary = "Terapkan impor yang sudah direncanakan",
            description = "Menerapkan tepat rencana batchId dalam satu transaksi, oleh akun yang mengunggahnya. "
                    + "409 bila sudah diterapkan, kedaluwarsa, atau data berubah sejak rencana dibuat; rencana dengan "
                    + "nilai tidak wajar (implausible) hanya diterapkan dengan confirm=true.")
    ResponseEntity<?> apply(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayImport(me, unit));
        if (imports.batchUnit(id) != unit.id()) {
            throw ApiProblem.notFound("Impor tidak dikenal: " + id);
        }
        try {
            ImportPlan plan = imports.apply(id, ImportActor.of(me), confirm);
            return ResponseEntity.ok(ImportResult.of(id, plan, imports.summary(plan)));
        } catch (ImportRejectedException e) {
            return rejected(HttpStatus.CONFLICT, e);
        }
    }

    /** As the Excel page: a performance administrator or administrator of the unit or of a unit above it. */
    private boolean mayImport(CurrentUser me, Unit unit) {
        return (me.has(Role.PERFORMANCE_ADMIN) || me.has(Role.ADMINISTRATOR))
                && access.isWithin(unit.id(), me.unitId());
    }

    private static ResponseEntity<Rejected> rejected(HttpStatus status, ImportRejectedException e) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Rejected(
                        status.value(),
                        status.getReasonPhrase(),
                        e.getMessage(),
                        null,
                        e.problems().stream().map(Problem::of).toList()));
    }
}
