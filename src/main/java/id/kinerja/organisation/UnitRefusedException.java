package id.kinerja.organisation;

import java.util.Arrays;

/**
 * A unit change refused by the organisation's rules (docs/domain.md "2. Organisation"): the field it concerns (the
 * form's and the API's name, e.g. {@code parentCode}), the message key of the bundles ({@code unit.error.*}) with
 * its arguments for the reader's language, and the Indonesian text as the message. Nothing was written.
 *
 * @see Units
 */
public class UnitRefusedException extends IllegalArgumentException {

    private final String field;
    private final String code;
    private final boolean conflict;
    private final transient Object[] args;

    UnitRefusedException(String field, String code, Object[] args, boolean conflict, String indonesian) {
        super(indonesian);
        this.field = field;
        this.code = code;
        this.conflict = conflict;
        this.args = args.clone();
    }

    /** The field the refusal names ({@code code}, {@code name}, {@code type}, {@code parentCode}, ...). */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** True when the input is fine but does not fit the stored tree (a code in use, a unit with active units). */
    public boolean conflict() {
        return conflict;
    }

    @Override
    public String toString() {
        return "UnitRefusedException[" + field + ", " + code + " " + Arrays.toString(args) + "]";
    }
}
