package id.kinerja.web;

import id.kinerja.account.ApiSecurityResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request body limits per route ({@link LimitProperties}), checked before anything reads the body (Spring Security's
 * CSRF check would otherwise make Tomcat parse it and answer its own bare 413, and a JSON body would be read whole
 * into memory):
 * <ul>
 *   <li>the REST API ({@code /api/**}, but not its multipart uploads, which have the multipart limits):
 *       {@code kinerja.limits.api-body} (default 1 MB), answered 413 as the API's JSON error; a body without a
 *       length (chunked) is cut off when it passes the limit ({@link BodyTooLargeException});</li>
 *   <li>a narrative's save ({@code POST /units/{u}/narratives/{key}}): {@code kinerja.limits.narrative-body}
 *       (default 2 MB);</li>
 *   <li>every other form: {@code kinerja.limits.form-body} (default 1 MB).</li>
 * </ul>
 * A refused form is marked ({@link RequestRefusal}) and continues with its query parameters only, so that the
 * page explains the limit in the user's language and says how to get the text back (it is still in the editor:
 * the browser's Back button returns to it).
 */
@Component
public class BodyLimitFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern NARRATIVE_SAVE = Pattern.compile("/units/[^/]+/narratives/[^/]+");

    private final long apiLimit;
    private final long narrativeLimit;
    private final long formLimit;
    private final MessageSource messages;

    BodyLimitFilter(LimitProperties limits, MessageSource messages) {
        this.apiLimit = limits.apiBody().toBytes();
        this.narrativeLimit = limits.narrativeBody().toBytes();
        this.formLimit = limits.formBody().toBytes();
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;
    }

    /** A body without a declared length that grew past its route's limit while it was read. */
    public static final class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String method = request.getMethod();
        boolean body = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        if (!body || type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long length = request.getContentLengthLong();
        if (path.startsWith("/api/")) {
            if (length > apiLimit) {
                ApiSecurityResponses.write(
                        response,
                        413,
                        HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(),
                        messages.getMessage(
                                "request.error.apiTooLarge",
                                new Object[] {ByteSizes.text(length), ByteSizes.text(apiLimit)},
                                Locale.forLanguageTag("id-ID")));
                return;
            }
            chain.doFilter(length < 0 ? new LimitedRequest(request, apiLimit) : request, response);
            return;
        }
        boolean narrative = NARRATIVE_SAVE.matcher(path).matches();
        long limit = narrative ? narrativeLimit : formLimit;
        if (length > limit) {
            RequestRefusal.mark(
                    request,
                    new RequestRefusal(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            narrative ? "narrative.error.tooLarge" : "request.error.tooLarge",
                            ByteSizes.text(length),
                            ByteSizes.text(limit)),
                    narrative ? path + "?" + (request.getQueryString() == null ? "" : request.getQueryString()) : null);
            chain.doFilter(new QueryOnlyRequest(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body is cut off with {@link BodyTooLargeException} once it passes {@code limit} bytes. */
    static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }
                };
            }
            return stream;
        }
    }
}
