package id.kinerja.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The API's refusals before a controller runs (401, 403) as the same JSON the API's controllers answer with. */
public final class ApiSecurityResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiSecurityResponses() {}

    public static void write(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        body.put("field", null);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kinerja\"");
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
