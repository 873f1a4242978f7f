package id.kinerja.api.v1;

import org.springframework.http.HttpStatus;

/** A refusal raised by the API itself (428, 412, 400 ...), answered as {@link ApiError}. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    ApiProblem(HttpStatus status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, message, field);
    }

    static ApiProblem notFound(String message) {
        return new ApiProblem(HttpStatus.NOT_FOUND, message, null);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
