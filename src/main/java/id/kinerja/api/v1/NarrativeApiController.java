package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeText;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The narrative sections of a unit's year (docs/domain.md §8): the list with each section's stored text and version,
 * one section with its ETag (the version, {@code "0"} while not written), and writing one through
 * {@link NarrativeService#save}, so that sanitising, placeholders, the conflict check and the audit trail are exactly
 * the editor's. A write names the version it started from, in {@code If-Match} or as {@code version} in the body;
 * neither -> 428, a stale one -> 412.
 */
@RestController
@Tag(
        name = "Narasi",
        description = "Bagian narasi LAKIN per unit dan tahun: baca semua, baca satu, simpan satu (versi baru, "
                + "dengan penguncian optimistis ETag / If-Match atau version)")
class NarrativeApiController {

    @Schema(
            description = "Teks bagian (HTML sederhana: p, br, b/strong, i/em, u, ul, ol, li, table; atau teks biasa, "
                    + "baris kosong = paragraf baru), penanda angka {{...}} tetap; version = versi yang menjadi dasar "
                    + "(pengganti If-Match; 0 untuk bagian yang belum ditulis)")
    record NarrativeInput(String content, Integer version) {}

    record NarrativeDto(
            String unit,
            int year,
            String key,
            String title,
            String chapter,
            String indicator,
            String content,
            int version,
            String etag,
            String author,
            OffsetDateTime savedAt,
            Integer carriedFrom,
            boolean editable,
            List<String> problems) {}

    private final UnitAccess access;
    private final NarrativeService narratives;

    NarrativeApiController(UnitAccess access, NarrativeService narratives) {
        this.access = access;
        this.narratives = narratives;
    }

    @GetMapping("/api/v1/units/{code}/narratives")
    @Operation(
            summary = "Semua bagian narasi satu unit dan tahun",
            description = "Dalam urutan LAKIN: bagian tetap dan tujuh blok tiap IKU perjanjian kinerja; "
                    + "bagian yang belum ditulis: content kosong, version 0.")
    List<NarrativeDto> list(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        List<NarrativeSection> sections = narratives.sections(unit.id(), year);
        Map<String, NarrativeVersion> latest = narratives.latestAll(unit.id(), year);
        Map<String, NarrativeText> texts = narratives.texts(unit.id(), year, sections);
        return sections.stream()
                .map(s -> dto(
                        me,
                        unit,
                        year,
                        s,
                        latest.get(s.key()),
                        texts.get(s.key()).problems()))
                .toList();
    }

    @GetMapping("/api/v1/units/{code}/narratives/{key}")
    @Operation(
            summary = "Satu bagian narasi",
            description = "Header ETag = versi bagian (\"0\" bila belum ditulis); kirim kembali sebagai If-Match.")
    ResponseEntity<NarrativeDto> one(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String key,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return answer(me, unit, year, section(unit, year, key));
    }

    @PutMapping("/api/v1/units/{code}/narratives/{key}")
    @Operation(
            summary = "Simpan satu bagian narasi (versi baru)",
            description = "Seperti tombol Simpan di editor: pengelola kinerja dan kepala unit semua bagian, PIC blok "
                    + "IKU-nya. Wajib If-Match (ETag dari GET) atau version di badan: tanpa keduanya 428, basi 412. "
                    + "Penanda angka yang tidak dikenal atau teks kosong: 400.")
    ResponseEntity<NarrativeDto> save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String key,
            @RequestParam int year,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            description = "ETag dari GET bagian ini (\"0\" bila belum ditulis); atau kirim version.")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody NarrativeInput body) {
        Unit unit = access.viewable(me, code);
        NarrativeSection section = section(unit, year, key);
        UnitAccess.require(NarrativeService.mayEdit(me, unit, section));
        Integer base = base(ifMatch, body.version());
        int current = narratives
                .latest(unit.id(), year, key)
                .map(NarrativeVersion::version)
                .orElse(0);
        if (base != current) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_FAILED,
                    "Bagian " + key + " sudah diubah sejak Anda membacanya: versi terbaru " + current
                            + ", Anda mulai dari versi " + base
                            + ". Baca lagi (GET), lalu kirim dengan ETag yang baru.",
                    ifMatch != null && !ifMatch.isBlank() ? "If-Match" : "version");
        }
        if (body.content() == null) {
            throw ApiProblem.badRequest("content", "Field 'content' wajib diisi.");
        }
        narratives.save(unit.id(), year, section, body.content(), base, me.username());
        return answer(me, unit, year, section);
    }

    /** The version the write is based on: If-Match ("3", W/"3") or the body's version; neither -> 428. */
    private static Integer base(String ifMatch, Integer version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.split(",")[0].strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (!tag.matches("\\d{1,9}")) {
                throw ApiProblem.badRequest(
                        "If-Match", "If-Match '" + ifMatch.strip() + "' bukan ETag bagian narasi (mis. \"3\").");
            }
            return Integer.valueOf(tag);
        }
        if (version != null) {
            if (version < 0) {
                throw ApiProblem.badRequest("version", "Field 'version' tidak boleh negatif.");
            }
            return version;
        }
        throw new ApiProblem(
                HttpStatus.PRECONDITION_REQUIRED,
                "Header If-Match (ETag dari GET bagian ini) atau field 'version' wajib: penguncian optimistis.",
                "If-Match");
    }

    private ResponseEntity<NarrativeDto> answer(CurrentUser me, Unit unit, int year, NarrativeSection section) {
        NarrativeVersion v = narratives.latest(unit.id(), year, section.key()).orElse(null);
        List<String> problems = narratives
                .texts(unit.id(), year, List.of(section))
                .get(section.key())
                .problems();
        NarrativeDto dto = dto(me, unit, year, section, v, problems);
        return ResponseEntity.ok().eTag(dto.etag()).body(dto);
    }

    private NarrativeSection section(Unit unit, int year, String key) {
        return narratives.sections(unit.id(), year).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Bagian narasi tidak dikenal untuk " + unit.code() + " tahun "
                        + year + ": " + key + " (bagian di luar daftar atau IKU di luar perjanjian kinerja)"));
    }

    private static NarrativeDto dto(
            CurrentUser me, Unit unit, int year, NarrativeSection s, NarrativeVersion v, List<String> problems) {
        int version = v == null ? 0 : v.version();
        return new NarrativeDto(
                unit.code(),
                year,
                s.key(),
                s.title(),
                s.chapter(),
                s.indicatorCode(),
                v == null ? "" : v.content(),
                version,
                "\"" + version + "\"",
                v == null ? null : v.author(),
                v == null ? null : v.createdAt(),
                v == null ? null : v.carriedFrom(),
                NarrativeService.mayEdit(me, unit, s),
                problems);
    }
}
