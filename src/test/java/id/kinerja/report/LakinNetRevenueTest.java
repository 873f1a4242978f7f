package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.revenue.RevenueTotal;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LAKIN's revenue chapter prints the net revenue as gross minus refunds when the office entered them. */
class LakinNetRevenueTest {

    static RevenueYear year(RevenueTotal reported) {
        RevenueYear.Row total = new RevenueYear.Row(
                RevenueYear.Level.TOTAL,
                "TOTAL",
                "Jumlah",
                new BigDecimal("900"),
                null,
                new BigDecimal("850"),
                null,
                null,
                null,
                null,
                RevenueYear.Source.REPORTED,
                RevenueYear.Source.REPORTED);
        return new RevenueYear(9, 2024, List.of(total), List.of(), null, List.of(), Map.of(), reported);
    }

    @Test
    void grossAndRefundsArePrintedFromTheData() {
        LakinFinanceChapter chapter = new LakinFinanceChapter(new Formats());
        LakinReport.Revenue r = chapter.revenue(
                year(new RevenueTotal(
                        2024,
                        new BigDecimal("900"),
                        new BigDecimal("1000"),
                        new BigDecimal("150"),
                        new BigDecimal("850"))),
                new HashMap<>());
        assertThat(r.net())
                .isEqualTo("Penerimaan neto tahun 2024 sebesar Rp850 adalah penerimaan bruto Rp1.000 dikurangi "
                        + "restitusi (pengembalian) Rp150.");
        // a net reported alone (the demo's): no sentence, nothing invented
        assertThat(chapter.revenue(
                                year(new RevenueTotal(2024, new BigDecimal("900"), new BigDecimal("850"))),
                                new HashMap<>())
                        .net())
                .isNull();
    }
}
