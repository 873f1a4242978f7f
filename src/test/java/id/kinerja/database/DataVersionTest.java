package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.dashboard.Dashboard;
import id.kinerja.dashboard.DashboardService;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data version (V55) grows by one per committed transaction that changes scoring data, whatever path wrote it
 * (here plain SQL, as another node or the command line would), and not for a transaction that only reads or rolls
 * back; the dashboard cache keyed by it serves the kept dashboard until then and a new one after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataVersionTest {

    @Autowired
    DataVersion version;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DashboardService dashboards;

    @Autowired
    Units units;

    private void touchKupang() {
        jdbc.sql("update unit set name = name where code = 'KPP-KUPANG'").update();
    }

    @Test
    void oneCommittedChangeRaisesTheVersionOnceHoweverManyRowsItWrites() {
        long before = version.current();
        tx.executeWithoutResult(s -> {
            touchKupang();
            touchKupang();
            jdbc.sql("update unit set name = name").update();
        });
        assertThat(version.current()).isEqualTo(before + 1);
        tx.executeWithoutResult(s -> touchKupang());
        assertThat(version.current()).isEqualTo(before + 2);
    }

    @Test
    void readingOrRollingBackLeavesTheVersion() {
        long before = version.current();
        tx.executeWithoutResult(s ->
                jdbc.sql("select count(*) from realization").query(Long.class).single());
        tx.executeWithoutResult(s -> {
            touchKupang();
            s.setRollbackOnly();
        });
        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void theDashboardIsKeptUntilTheDataChanges() {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        Dashboard first = dashboards.build(kupang, 2024, Period.Y).orElseThrow();
        assertThat(dashboards.build(kupang, 2024, Period.Y).orElseThrow()).isSameAs(first);

        tx.executeWithoutResult(s -> touchKupang());

        Dashboard after = dashboards.build(kupang, 2024, Period.Y).orElseThrow();
        assertThat(after).isNotSameAs(first);
        assertThat(after.card().nko()).isEqualByComparingTo(first.card().nko());
        assertThat(first.card().nko().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("108.38");
    }
}
