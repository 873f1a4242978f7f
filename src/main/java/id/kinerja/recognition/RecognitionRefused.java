package id.kinerja.recognition;

import id.kinerja.web.UserError;

/**
 * A recognition refused by its rules (400), naming the field that is wrong ({@code title}, {@code giver},
 * {@code date}, {@code description}, {@code name}, {@code longName}, {@code goals}) so that the workbook import can
 * name the column.
 */
public class RecognitionRefused extends UserError {

    private final String field;

    RecognitionRefused(String field, String code, Object... args) {
        super(org.springframework.http.HttpStatus.BAD_REQUEST, code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
