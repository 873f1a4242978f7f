package id.kinerja.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A refused request whose body is never read: its parameters are those of the query string only, and its body
 * reads as empty (so that nothing, not the CSRF check nor a controller, asks the container to parse a body that is
 * over a limit or malformed).
 */
public class QueryOnlyRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    public QueryOnlyRequest(HttpServletRequest request) {
        super(request);
        MultiValueMap<String, String> query = request.getQueryString() == null
                ? new LinkedMultiValueMap<>()
                : UriComponentsBuilder.newInstance()
                        .query(request.getQueryString())
                        .build()
                        .getQueryParams();
        Map<String, String[]> decoded = new LinkedHashMap<>();
        query.forEach((k, values) -> decoded.put(
                decode(k), values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
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
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                // the body is empty and already finished: as the servlet spec asks, say so at once
                try {
                    listener.onAllDataRead();
                } catch (java.io.IOException e) {
                    listener.onError(e);
                }
            }

            @Override
            public int read() {
                return -1;
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new StringReader(""));
    }
}
