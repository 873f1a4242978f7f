package id.kinerja.exchange;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Excel round trip of a unit ({@code templates/exchange/exchange.html}):
 * <ul>
 *   <li>{@code GET /units/{code}/exchange?year=}: the download link and the upload form (everyone who may view the
 *       unit may download what they can see);</li>
 *   <li>{@code GET /units/{code}/exchange/export?year=}: the workbook (.xlsx);</li>
 *   <li>{@code POST /units/{code}/exchange/import} (multipart {@code file}): validates, keeps the file and shows the
 *       preview (or every error);</li>
 *   <li>{@code POST /units/{code}/exchange/import/{id}/apply}: applies exactly the previewed plan.</li>
 * </ul>
 * Uploading needs a performance administrator or administrator of the unit or of a unit above it; which rows each
 * may change is decided row by row by the planner ({@link ImportPlanner}).
 */
@Controller
class ExchangeController {

    private static final String PAGE = "exchange/exchange";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final UnitAccess access;
    private final WorkbookExporter exporter;
    private final ImportService imports;
    private final Agreements agreements;

    ExchangeController(UnitAccess access, WorkbookExporter exporter, ImportService imports, Agreements agreements) {
        this.access = access;
        this.exporter = exporter;
        this.imports = imports;
        this.agreements = agreements;
    }

    /** A performance administrator or administrator of the unit or of a unit above it. */
    boolean mayImport(CurrentUser me, Unit unit) {
        return (me.has(Role.PERFORMANCE_ADMIN) || me.has(Role.ADMINISTRATOR))
                && access.isWithin(unit.id(), me.unitId());
    }

    @GetMapping("/units/{code}/exchange")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        prepare(me, unit, year, model);
        return PAGE;
    }

    @GetMapping("/units/{code}/exchange/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        byte[] bytes = exporter.export(unit, y);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(WorkbookExporter.fileName(unit, y), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @PostMapping("/units/{code}/exchange/import")
    String upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayImport(me, unit));
        prepare(me, unit, year, model);
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(imports.fileProblem("import.error.noFile")));
            return PAGE;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = WorkbookReader.readLimited(in);
        }
        try {
            ImportService.Preview preview =
                    imports.preview(bytes, file.getOriginalFilename(), unit, ImportActor.of(me));
            model.addAttribute("plan", preview.plan());
            model.addAttribute("batchId", preview.batchId());
        } catch (ImportRejectedException e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", ImportService.cleanName(file.getOriginalFilename()));
        }
        return PAGE;
    }

    @PostMapping("/units/{code}/exchange/import/{id}/apply")
    String apply(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayImport(me, unit));
        if (imports.batchUnit(id) != unit.id()) {
            throw imports.unknownBatch(id);
        }
        // applied already (the confirmation sent twice, e.g. a reload of the answer): show that it was applied
        if (imports.applied(id).isEmpty()) {
            prepare(me, unit, year, model);
            try {
                imports.apply(id, ImportActor.of(me), confirm);
            } catch (ImportRejectedException e) {
                response.setStatus(409);
                model.addAttribute("problems", e.problems());
                return PAGE;
            }
        }
        // post/redirect/get: reloading the answer shows the result again instead of sending the confirmation again
        return "redirect:/units/" + unit.code() + "/exchange/import/" + id + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/units/{code}/exchange/import/{id}")
    String appliedBatch(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayImport(me, unit));
        if (imports.batchUnit(id) != unit.id()) {
            throw imports.unknownBatch(id);
        }
        ImportService.AppliedBatch applied = imports.applied(id).orElse(null);
        if (applied == null) {
            // not applied (yet): the batch waits on its preview, which only its upload shows
            return "redirect:/units/" + unit.code() + "/exchange" + (year == null ? "" : "?year=" + year);
        }
        prepare(me, unit, year, model);
        model.addAttribute("applied", applied.plan());
        model.addAttribute("appliedBatch", applied);
        return PAGE;
    }

    private int year(Unit unit, Integer year) {
        return WebParams.year(year, agreements.yearsOfOrBelow(unit.id()));
    }

    private void prepare(CurrentUser me, Unit unit, Integer year, Model model) {
        int y = year(unit, year);
        TreeSet<Integer> years = new TreeSet<>(agreements.yearsOf(unit.id()));
        years.add(y);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", Period.Y);
        model.addAttribute("years", new ArrayList<>(years.descendingSet()));
        model.addAttribute("mayImport", mayImport(me, unit));
        model.addAttribute("maxMb", WorkbookLayout.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", WorkbookLayout.MAX_ROWS_PER_SHEET);
    }
}
