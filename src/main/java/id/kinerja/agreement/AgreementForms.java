package id.kinerja.agreement;

import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.agreement.internal.IndicatorRules;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.scoring.Target;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;

/**
 * The PK editor's forms as typed and their validation into an agreement's values: the header, the weights and
 * targets of the IKU (by {@link IndicatorRules}, the rules every path applies), the budget lines. An invalid field
 * is a {@link UserError} naming the field (and the IKU, period or budget line).
 */
public final class AgreementForms {

    /**
     * The header fields as typed (the date as {@code yyyy-MM-dd}, from a date input): texts stripped, a blank one is
     * none; their lengths are checked by Bean Validation ({@link id.kinerja.web.FormValidation}, field names
     * {@code agreement.field.*}).
     */
    public record Header(
            @Size(max = 128, message = "{agreement.error.tooLong}")
            String number,

            String date,

            @Size(max = 128, message = "{agreement.error.tooLong}")
            String place,

            @Size(max = 255, message = "{agreement.error.tooLong}")
            String firstName,

            @Size(max = 255, message = "{agreement.error.tooLong}")
            String firstPosition,

            @Size(max = 255, message = "{agreement.error.tooLong}")
            String secondName,

            @Size(max = 255, message = "{agreement.error.tooLong}")
            String secondPosition) {

        /** The bundle prefix of the fields' names. */
        static final String FIELDS = "agreement.field";

        public Header {
            number = stripped(number);
            date = stripped(date);
            place = stripped(place);
            firstName = stripped(firstName);
            firstPosition = stripped(firstPosition);
            secondName = stripped(secondName);
            secondPosition = stripped(secondPosition);
        }

        /** The header with its date read (the lengths are checked before, by Bean Validation). */
        ValidHeader validated() {
            return new ValidHeader(
                    number,
                    AgreementForms.date(date),
                    place,
                    new Party(firstName, firstPosition),
                    new Party(secondName, secondPosition));
        }

        private static String stripped(String text) {
            return StringUtils.hasText(text) ? text.strip() : null;
        }
    }

    /** A header as it is stored. */
    record ValidHeader(String number, LocalDate date, String place, Party first, Party second) {}

    /** A budget line as typed. */
    public record BudgetLine(String code, String name, String amount) {}

    private AgreementForms() {}

    /**
     * Weights and targets of every IKU of a draft, from the form's fields {@code weight.CODE},
     * {@code target.CODE.PERIOD} (blank: no target that period) and, for a range IKU, {@code upper.CODE.PERIOD}; a
     * field not in the form keeps its value.
     */
    static List<PerformanceAgreement.Indicator> indicators(
            Framework framework, List<PerformanceAgreement.Indicator> current, Map<String, String> fields) {
        List<PerformanceAgreement.Indicator> updated = new ArrayList<>();
        for (PerformanceAgreement.Indicator old : current) {
            String code = old.code();
            String weightText = fields.get("weight." + code);
            BigDecimal weight = weightText == null ? old.weight() : weight(code, weightText);
            Map<Period, Target> targets = new EnumMap<>(Period.class);
            boolean range = IndicatorRules.range(framework.indicator(code));
            for (Period p : Period.values()) {
                String field = "target." + code + "." + p.name();
                if (!fields.containsKey(field)) {
                    if (old.targets().get(p) != null) {
                        targets.put(p, old.targets().get(p)); // not in the form: kept as it is
                    }
                    continue;
                }
                String t = fields.get(field);
                if (!StringUtils.hasText(t)) {
                    continue;
                }
                BigDecimal value = NumberParser.field(t, style(), "agreement.error.target", code, PeriodNames.of(p));
                BigDecimal upper = null;
                if (range) {
                    String u = fields.get("upper." + code + "." + p.name());
                    upper = !StringUtils.hasText(u)
                            ? null
                            : NumberParser.field(u, style(), "agreement.error.upper", code, PeriodNames.of(p));
                }
                Target target = new Target(value, upper);
                IndicatorRules.target(code, p, target, range);
                targets.put(p, target);
            }
            updated.add(new PerformanceAgreement.Indicator(code, weight, targets));
        }
        return updated;
    }

    /** The budget lines typed (rows with every field blank are dropped). */
    static List<BudgetItem> budget(List<BudgetLine> lines) {
        List<BudgetItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int row = 0;
        for (BudgetLine line : lines) {
            row++;
            if (!StringUtils.hasText(line.code())
                    && !StringUtils.hasText(line.name())
                    && !StringUtils.hasText(line.amount())) {
                continue;
            }
            String code = line.code() == null ? "" : line.code().strip();
            String label = code.isEmpty() ? "#" + row : code;
            if (code.isEmpty()) {
                throw UserError.invalid("agreement.error.budgetCode", label);
            }
            if (code.length() > 64) {
                throw UserError.invalid("agreement.error.tooLong", field("agreement.field.budgetCode"), 64);
            }
            if (!codes.add(code)) {
                throw UserError.invalid("agreement.error.budgetDuplicate", code);
            }
            if (!StringUtils.hasText(line.name())) {
                throw UserError.invalid("agreement.error.budgetName", label);
            }
            if (line.name().strip().length() > 512) {
                throw UserError.invalid("agreement.error.tooLong", field("agreement.field.budgetName"), 512);
            }
            if (!StringUtils.hasText(line.amount())) {
                throw UserError.invalid("agreement.error.budgetAmount", label, "");
            }
            BigDecimal amount = NumberParser.field(line.amount(), style(), "agreement.error.budgetAmount", label);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0 || amount.precision() > 20) {
                throw UserError.invalid(
                        "agreement.error.budgetAmount", label, line.amount().strip());
            }
            items.add(new BudgetItem(code, line.name().strip(), amount.setScale(0)));
        }
        return items;
    }

    /** A field's name, resolved in the reader's language. */
    static DefaultMessageSourceResolvable field(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    private static BigDecimal weight(String code, String text) {
        if (!StringUtils.hasText(text)) {
            throw UserError.invalid("agreement.error.weightMissing", code);
        }
        BigDecimal weight = NumberParser.field(text, style(), "agreement.error.weightNumber", code);
        IndicatorRules.weight(code, weight);
        return weight;
    }

    /** How the user writes numbers (typed numbers are read by {@link NumberParser#field}). */
    private static NumberParser.Style style() {
        return NumberParser.Style.of(NumberParser.userLocale());
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UserError.invalid("agreement.error.date", text);
        }
    }
}
