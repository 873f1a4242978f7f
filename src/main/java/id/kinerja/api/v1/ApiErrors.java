package id.kinerja.api.v1;

import id.kinerja.organisation.UnitRefusedException;
import id.kinerja.recognition.RecognitionRefused;
import id.kinerja.report.ReportNotFoundException;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.web.BodyLimitFilter;
import id.kinerja.web.ByteSizes;
import id.kinerja.web.PeriodFormatter;
import id.kinerja.web.TextInputModule;
import id.kinerja.web.UserError;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's errors as JSON {@code {"status","error","message","field"}} with the message in Indonesian: bad JSON
 * (400, naming the line/column or the field), a missing or wrongly typed parameter (400), a refused workflow step
 * ({@link UserError}: 400/409 with the same message as the web page; a stale version is 412), 403, 404,
 * 428 (If-Match missing), 412 (If-Match stale).
 */
@RestControllerAdvice(basePackages = "id.kinerja.api.v1")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** Refusals of the workflow that mean "someone changed it since you read it". */
    private static final Set<String> STALE =
            Set.of("realization.error.stale", "narrative.error.conflict", "agreement.error.stale");

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    static ResponseEntity<ApiError> answer(HttpStatusCode status, String message, String field) {
        HttpStatus s = HttpStatus.resolve(status.value());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), s == null ? "Error" : s.getReasonPhrase(), message, field));
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem e) {
        return answer(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(UserError.class)
    ResponseEntity<ApiError> refused(UserError e) {
        HttpStatus status = STALE.contains(e.code()) ? HttpStatus.PRECONDITION_FAILED : e.status();
        return answer(status, e.message(messages, INDONESIAN), null);
    }

    /** A recognition refused by its rules: the message and the field it names. */
    @ExceptionHandler(RecognitionRefused.class)
    ResponseEntity<ApiError> recognitionRefused(RecognitionRefused e) {
        return answer(e.status(), e.message(messages, INDONESIAN), e.field());
    }

    /**
     * A unit change the organisation's rules refused: 400 (409 for a conflict with the stored tree), the field named
     * as the API's body names it ({@code parent} for the service's {@code parentCode}).
     */
    @ExceptionHandler(UnitRefusedException.class)
    ResponseEntity<ApiError> unitRefused(UnitRefusedException e) {
        return answer(
                e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                messages.getMessage(e.code(), e.args(), e.getMessage(), INDONESIAN),
                "parentCode".equals(e.field()) ? "parent" : e.field());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "Akses ditolak: Anda tidak berwenang atas unit atau tindakan ini.", null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        return answer(
                e.getStatusCode(), e.getReason() == null ? "Permintaan tidak dapat dipenuhi." : e.getReason(), null);
    }

    @ExceptionHandler({ReportNotFoundException.class, ScorecardNotFoundException.class})
    ResponseEntity<ApiError> notFound(RuntimeException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.BodyTooLargeException tooLarge) {
                return answer(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        messages.getMessage(
                                "request.error.apiTooLargeStream",
                                new Object[] {ByteSizes.text(tooLarge.limit())},
                                INDONESIAN),
                        null);
            }
        }
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException j) {
            String field = j.getPathReference() == null || j.getPath().isEmpty() ? null : path(j);
            if (j instanceof TextInputModule.NulInTextException) {
                return answer(
                        HttpStatus.BAD_REQUEST,
                        messages.getMessage("input.error.nul", new Object[] {field == null ? "" : field}, INDONESIAN),
                        field);
            }
            String where = j.getLocation() == null || j.getLocation().getLineNr() < 0
                    ? ""
                    : " (baris " + j.getLocation().getLineNr() + ", kolom "
                            + j.getLocation().getColumnNr() + ")";
            // never the parser's own text past a syntax error: it names Java classes (a record, a parser's exception)
            String what = field != null
                    ? "nilai field '" + field + "' tidak sesuai jenisnya" + expected(j)
                    : j instanceof StreamReadException && !(j instanceof MismatchedInputException)
                            ? messages.getMessage("api.error.json.syntax", null, INDONESIAN)
                            : messages.getMessage("api.error.json.shape", null, INDONESIAN);
            return answer(HttpStatus.BAD_REQUEST, "JSON tidak sah" + where + ": " + what, field);
        }
        return answer(HttpStatus.BAD_REQUEST, "Badan permintaan kosong atau bukan JSON yang sah.", null);
    }

    private static String expected(JacksonException j) {
        if (j instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
                return " (harus angka, mis. 16.8)";
            }
            if (t == String.class) {
                return " (harus teks)";
            }
            if (Map.class.isAssignableFrom(t) || t.isRecord()) {
                return " (harus objek JSON)";
            }
        }
        return "";
    }

    private static String path(JacksonException j) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : j.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return answer(
                HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' wajib diisi.", e.getParameterName());
    }

    /** An unknown period in a body: 400 naming the field {@code period}. */
    @ExceptionHandler(PeriodFormatter.Unknown.class)
    ResponseEntity<ApiError> unknownPeriod(PeriodFormatter.Unknown e) {
        return answer(HttpStatus.BAD_REQUEST, unknownPeriodMessage(e), "period");
    }

    private String unknownPeriodMessage(PeriodFormatter.Unknown e) {
        return messages.getMessage("period.error.unknown", new Object[] {e.text(), PeriodFormatter.NAMES}, INDONESIAN);
    }

    /** A parameter or path variable of the wrong type; an unknown period is named as such. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PeriodFormatter.Unknown unknown) {
                return answer(HttpStatus.BAD_REQUEST, unknownPeriodMessage(unknown), e.getName());
            }
        }
        return answer(
                HttpStatus.BAD_REQUEST,
                "Nilai '" + e.getValue() + "' tidak sah untuk '" + e.getName() + "'.",
                e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Jenis isi tidak didukung: kirim JSON (Content-Type: application/json).",
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "Format jawaban yang diminta tidak tersedia.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(
                HttpStatus.METHOD_NOT_ALLOWED, "Metode " + e.getMethod() + " tidak didukung di alamat ini.", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        LOG.error("API: unexpected error", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Terjadi kesalahan pada server.", null);
    }
}
