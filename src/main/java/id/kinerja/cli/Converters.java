package id.kinerja.cli;

import id.kinerja.account.Role;
import id.kinerja.report.ReportFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The option values checked while parsing, each refused with its Indonesian message (exit 2, before starting). */
final class Converters {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Converters() {}

    /** {@code --year}: a number (whether the year is known is the command's answer, exit 3). */
    static final class Year implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("--year harus berupa angka, bukan '" + value + "'");
            }
        }
    }

    /** {@code check --year}: a number that looks like a year (2000 to 2100). */
    static final class PlausibleYear implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int year = new Year().convert(value);
            if (year < 2000 || year > 2100) {
                // refused before the application starts: the bundle read on its own
                ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
                bundle.setBasename("messages");
                bundle.setDefaultEncoding("UTF-8");
                bundle.setFallbackToSystemLocale(false);
                throw new TypeConversionException(
                        bundle.getMessage("check.cli.year", new Object[] {String.valueOf(year)}, INDONESIAN));
            }
            return year;
        }
    }

    /** {@code score --format}: json or table. */
    static final class ScoreFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals("json") && !value.equals("table")) {
                throw new TypeConversionException("--format harus json atau table, bukan '" + value + "'");
            }
            return value;
        }
    }

    /** {@code report --format}: pdf, docx or html. */
    static final class DocumentFormat implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("--" + e.getMessage());
            }
        }
    }

    /** {@code user add --roles}: roles separated by commas, each in any case. */
    static final class Roles implements ITypeConverter<Roles.Set> {

        /** The roles given (one option value, so that {@code --roles} given twice is refused like any option). */
        record Set(java.util.Set<Role> roles) {}

        @Override
        public Set convert(String value) {
            java.util.Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : value.split(",")) {
                try {
                    roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException(
                            "peran tidak dikenal '" + r + "' (" + Arrays.toString(Role.values()) + ")");
                }
            }
            return new Set(roles);
        }
    }
}
