package id.kinerja.evidence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An upload over the multipart limits makes Tomcat refuse every later read of the request's parameters, so the
 * first filter that reads one (the CSRF check) would fail the request with the container's bare error page.
 * Runs before Spring Security: parses a multipart request once; when it is over a limit, the request continues
 * with its query parameters only (the upload forms carry their CSRF token in the query string) and its parts
 * reported as too large, so that {@link UploadLimitAdvice} answers 413 with the explanation and a way back.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equalsIgnoreCase(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!overLimit(e)) {
                throw e;
            }
            chain.doFilter(new OverLimitRequest(request, e), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || t instanceof MaxUploadSizeExceededException
                    || (msg.contains("exceed") && (msg.contains("size") || msg.contains("length")))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The request of a refused upload: its query parameters, and parts that are "too large". */
    static final class OverLimitRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final Throwable cause;

        OverLimitRequest(HttpServletRequest request, Throwable cause) {
            super(request);
            this.cause = cause;
            MultiValueMap<String, String> query = request.getQueryString() == null ? new LinkedMultiValueMap<>()
                    : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
            Map<String, String[]> decoded = new LinkedHashMap<>();
            query.forEach((k, values) -> decoded.put(decode(k),
                    values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(decoded);
        }

        private static String decode(String s) {
            return UriUtils.decode(s.replace('+', ' '), StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
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
