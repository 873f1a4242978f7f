package id.kinerja.web;

import id.kinerja.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * What the user reads when a request cannot be carried out through no fault of the page: a request refused before
 * any handler ({@link RequestRefusal}: a body over its limit, a NUL byte), or the database failing to read or write
 * (stopped, disk full, or any other refusal). The page says what happened in the user's language and, for a form,
 * shows back every text field as it was typed, so that nothing typed is lost (copy it, go back, send it again).
 * On the REST API the same message comes as its JSON error. Ordered first, so that it also answers for API
 * controllers (whose own advice answers every other error).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalAdvice.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** PostgreSQL's SQLSTATE for "disk full" and its class "insufficient resources". */
    private static final String DISK_FULL = "53100";
    /** Hidden fields of the forms (where the form belongs, not what the user typed). */
    private static final java.util.Set<String> TECHNICAL =
            java.util.Set.of("_csrf", "year", "period", "from", "baseVersion", "version", "action", "lang", "kind");

    private final MessageSource messages;

    RefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RequestRefusal.class)
    ModelAndView refused(RequestRefusal e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(request, response, e.status(), e.code(), e.args(), locale);
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView database(
            DataAccessException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String code = messageCode(e);
        LOG.error("Database failure on {} {} ({})", request.getMethod(), request.getRequestURI(), code, e);
        return answer(
                request,
                response,
                "service.error.write".equals(code) ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.SERVICE_UNAVAILABLE,
                code,
                new Object[0],
                locale);
    }

    /** The message for a database failure: unreachable, disk full, or a write refused for another reason. */
    static String messageCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            String text = t.getMessage() == null ? "" : t.getMessage();
            if (DISK_FULL.equals(state) || text.contains("No space left on device")) {
                return "service.error.diskFull";
            }
            if (state != null && state.startsWith("08")) {
                return "service.error.database";
            }
        }
        if (e instanceof CannotGetJdbcConnectionException
                || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException) {
            return "service.error.database";
        }
        return "service.error.write";
    }

    private ModelAndView answer(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            Object[] args,
            Locale locale) {
        response.setStatus(status.value());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setExtractValueFromSingleKeyModel(false);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", messages.getMessage(code, args, code, INDONESIAN));
            body.put("field", null);
            return new ModelAndView(json, body);
        }
        ModelAndView view = new ModelAndView("error/refused");
        view.setStatus(status);
        // the layout's account menu (an exception handler's view does not get the advices' model attributes)
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser me) {
            view.addObject("me", me);
        }
        view.addObject("error", messages.getMessage(code, args, code, locale));
        view.addObject("typed", "GET".equals(request.getMethod()) ? Map.of() : typed(request));
        Object back = request.getAttribute(RequestRefusal.BACK_ATTRIBUTE);
        view.addObject("back", back instanceof String s ? s : referer(request));
        return view;
    }

    /** The page the request came from, when it is one of this server's; otherwise the home page. */
    static String referer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                if ((uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()))
                        && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                    String local =
                            uri.getRawPath().substring(request.getContextPath().length());
                    return local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: go home
            }
        }
        return "/";
    }

    /**
     * The text fields of the form as typed (without the CSRF token, passwords, the pages' hidden fields that say
     * where the form belongs, and NUL bytes).
     */
    static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (TECHNICAL.contains(name) || lower.contains("password") || values == null) {
                return;
            }
            String joined = InputGuardInterceptor.clean(String.join("\n", values));
            if (!joined.isBlank()) {
                typed.put(InputGuardInterceptor.clean(name), joined);
            }
        });
        return typed;
    }
}
