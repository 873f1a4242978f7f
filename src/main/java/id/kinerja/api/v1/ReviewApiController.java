package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.review.PeriodReview;
import id.kinerja.review.ReviewScope;
import id.kinerja.review.ReviewService;
import id.kinerja.review.ReviewThread;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

/**
 * The Kanwil's review of an office for other systems, through {@link ReviewService}: the threads with their
 * comments, a new thread, the office's answer, the reviewer's reply and close (each at the thread's row version), the
 * quarters marked reviewed.
 */
@RestController
@RequestMapping("/api/v1/units/{code}/review")
@Tag(name = "Telaah Kanwil", description = "Komentar evaluator Kanwil, jawaban kantor, triwulan yang telah ditelaah")
class ReviewApiController {

    /** A new thread: scope PERIOD (period), INDICATOR (indicator, period optional) or LAKIN, and its first comment. */
    record NewThread(Integer year, ReviewScope scope, Period period, String indicator, String comment) {}

    /** A comment on a thread at the row version the caller read. */
    record CommentBody(Integer rowVersion, String comment) {}

    private final UnitAccess access;
    private final ReviewService reviews;

    ReviewApiController(UnitAccess access, ReviewService reviews) {
        this.access = access;
        this.reviews = reviews;
    }

    @GetMapping("/threads")
    @Operation(summary = "Utas telaah", description = "Semua utas kantor tahun itu dengan komentarnya.")
    List<ReviewThread> threads(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return reviews.threads(unit, year);
    }

    @PostMapping("/threads")
    @Operation(summary = "Buka utas", description = "Evaluator Kanwil di atas kantor. 400 menyebut kolomnya.")
    ResponseEntity<ReviewThread> open(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody NewThread body) {
        Unit unit = access.viewable(me, code);
        ReviewThread t = reviews.open(
                me,
                unit,
                body.year() == null ? 0 : body.year(),
                body.scope(),
                body.period(),
                body.indicator(),
                body.comment());
        return ResponseEntity.status(HttpStatus.CREATED).body(t);
    }

    @PostMapping("/threads/{id}/answer")
    @Operation(summary = "Jawaban kantor", description = "409 bila utas telah berubah atau ditutup.")
    ReviewThread answer(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody CommentBody body) {
        Unit unit = access.viewable(me, code);
        return reviews.answer(me, unit, id, version(body), body.comment());
    }

    @PostMapping("/threads/{id}/reply")
    @Operation(summary = "Tanggapan evaluator", description = "Utas kembali terbuka bagi kantor.")
    ReviewThread reply(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody CommentBody body) {
        Unit unit = access.viewable(me, code);
        return reviews.reply(me, unit, id, version(body), body.comment());
    }

    @PostMapping("/threads/{id}/close")
    @Operation(summary = "Tutup utas", description = "Evaluator; komentar terakhir opsional.")
    ReviewThread close(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody CommentBody body) {
        Unit unit = access.viewable(me, code);
        return reviews.close(me, unit, id, version(body), body.comment());
    }

    @GetMapping("/periods")
    @Operation(summary = "Triwulan yang telah ditelaah")
    Map<Period, PeriodReview> periods(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return reviews.reviewed(unit, year);
    }

    @PutMapping("/periods/{period}")
    @Operation(summary = "Tandai triwulan telah ditelaah", description = "409 selama ada utas terbuka atau dijawab.")
    PeriodReview mark(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable Period period,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return reviews.markReviewed(me, unit, year, period);
    }

    @DeleteMapping("/periods/{period}")
    @Operation(summary = "Batalkan tanda telaah")
    ResponseEntity<Void> unmark(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable Period period,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        reviews.unmarkReviewed(me, unit, year, period);
        return ResponseEntity.noContent().build();
    }

    private static int version(CommentBody body) {
        return body.rowVersion() == null ? -1 : body.rowVersion();
    }
}
