package id.kinerja.web;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A refused change explained to the person who asked for it: a message key of messages.properties with
 * its arguments (resolved in the user's language by the controller) and the HTTP status of the answer
 * (400 invalid input, 409 a conflict with the current state or a stale version, 413 a file too large).
 */
public class UserError extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;

    public UserError(HttpStatus status, String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.status = status;
        this.code = code;
        this.args = args.clone();
    }

    /** Invalid input (HTTP 400). */
    public static UserError invalid(String code, Object... args) {
        return new UserError(HttpStatus.BAD_REQUEST, code, args);
    }

    /** The change does not fit the current state, or was made on a stale version (HTTP 409). */
    public static UserError conflict(String code, Object... args) {
        return new UserError(HttpStatus.CONFLICT, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language (Indonesian by default). */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }
}
