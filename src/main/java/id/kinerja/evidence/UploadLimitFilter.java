package id.kinerja.evidence;

import id.kinerja.web.QueryOnlyRequest;
import id.kinerja.web.RequestRefusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.UriUtils;

/**
 * An upload the server cannot take apart (over the multipart limits, a part header too long because of a very long
 * file name, a NUL byte in the file name) makes Tomcat refuse every later read of the request's parameters, so the
 * first filter that reads one (the CSRF check) would fail the request with the container's bare error page, and
 * the reason would be lost. Runs before Spring Security: parses a multipart request once; when it cannot, the
 * request is marked refused with the reason ({@link RequestRefusal}: 413 too large, 400 name too long or with a
 * NUL byte) and continues with its query parameters only, so that the page explains it and leads back to the IKU.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern UPLOAD = Pattern.compile("/units/([^/]+)/iku/([^/]+)/evidence");

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equalsIgnoreCase(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            RequestRefusal refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            RequestRefusal.mark(request, refusal, back(request));
            chain.doFilter(new OverLimitRequest(request, e), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the upload could not be taken apart, or null for another failure. */
    static RequestRefusal refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return new RequestRefusal(HttpStatus.BAD_REQUEST, "evidence.error.nameNul");
            }
            if (msg.contains("header section")) {
                return new RequestRefusal(HttpStatus.BAD_REQUEST, "evidence.error.nameTooLong", FileNames.MAX_LENGTH);
            }
        }
        return overLimit(e)
                ? new RequestRefusal(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "evidence.error.tooLargeRequest",
                        Evidence.size(EvidenceService.MAX_BYTES))
                : null;
    }

    static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t instanceof MaxUploadSizeExceededException
                    || (msg.contains("exceed") && (msg.contains("size") || msg.contains("length")))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The IKU page of an evidence upload; null (the page it came from) for another upload. */
    private static String back(HttpServletRequest request) {
        Matcher m = UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        return m.matches()
                ? EvidenceController.back(
                        UriUtils.decode(m.group(1), StandardCharsets.UTF_8),
                        UriUtils.decode(m.group(2), StandardCharsets.UTF_8),
                        null,
                        null,
                        "iku")
                : null;
    }

    /**
     * The request of a refused upload: its query parameters, no multipart content type (so that Spring MVC does
     * not try to take it apart again before {@link id.kinerja.web.InputGuardInterceptor} refuses it with its
     * reason), and parts that are "too large" should anything still ask for them.
     */
    static final class OverLimitRequest extends QueryOnlyRequest {

        private final Throwable cause;

        OverLimitRequest(HttpServletRequest request, Throwable cause) {
            super(request);
            this.cause = cause;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw new MaxUploadSizeExceededException(EvidenceService.MAX_BYTES, cause);
        }

        @Override
        public Part getPart(String name) {
            throw new MaxUploadSizeExceededException(EvidenceService.MAX_BYTES, cause);
        }
    }
}
