package id.kinerja.web;

import id.kinerja.framework.Period;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A period as users say it, for a message argument: "Triwulan I", "Semester I", "s.d. Triwulan III", "Tahunan"
 * ("Quarter I", ... in English), from the bundles' {@code score.period.*} keys. Codes such as {@code Q1} stay in
 * URLs, the API and the workbook's code columns ({@link Period#label()} is the code column heading).
 */
public final class PeriodNames {

    private PeriodNames() {}

    public static MessageSourceResolvable of(Period period) {
        return new DefaultMessageSourceResolvable(new String[] {"score.period." + period.name()}, period.label());
    }
}
