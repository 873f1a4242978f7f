package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.agreement.AgreementSigned;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationApproved;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report module's listener on the event publication registry (docs/architecture.md, "Events between modules"),
 * on the real PostgreSQL: an event published in a committed transaction is written as a publication in that
 * transaction and completed (archived) by the listener, which drops the unit's year's drawn LAKIN charts; an event
 * published in a transaction that rolls back is neither written nor delivered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LakinChartEvictionTest {

    private static final String LISTENER = "%LakinChartEviction%";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LakinChartCache charts;

    @Autowired
    ReportService reports;

    @Autowired
    Units units;

    /** Publications of this listener whose event names the marker: [in the registry, archived as completed]. */
    private List<Long> publications(String marker) {
        long open = jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like ? and serialized_event like ? and completion_date is null""")
                .params(LISTENER, "%" + marker + "%")
                .query(Long.class)
                .single();
        long completed = jdbc.sql("""
                        select count(*) from event_publication_archive
                        where listener_id like ? and serialized_event like ? and status = 'COMPLETED'
                          and completion_date is not null""")
                .params(LISTENER, "%" + marker + "%")
                .query(Long.class)
                .single();
        return List.of(open, completed);
    }

    private static String marker() {
        return "evt-" + UUID.randomUUID();
    }

    private static LakinCharts.Chart chart(String title) {
        return new LakinCharts.Chart(
                LakinCharts.Type.BAR,
                title,
                "%",
                List.of("2023", "2024"),
                List.of(new LakinCharts.Series("Realisasi", List.of(new BigDecimal("98.5"), new BigDecimal("101.2")))));
    }

    @Test
    void anApprovalInACommittedTransactionIsRecordedThenHandledAndTheYearsChartsAreDropped() {
        long kupang = units.findByCode("KPP-KUPANG").orElseThrow().id();
        // the LAKIN drawn through the cache: its charts are kept under the unit's year
        reports.lakin("KPP-KUPANG", 2024);
        assertThat(charts.kept(kupang, 2024)).isPositive();
        charts.svg(kupang, 2023, chart("another year"));
        String marker = marker();

        List<Long> insideTheTransaction = transactions.execute(status -> {
            events.publishEvent(
                    new RealizationApproved(kupang, 2024, "01a-CP", Period.Q1, new BigDecimal("101.5"), marker));
            return publications(marker);
        });

        // written with the approval, in its transaction; not yet handled
        assertThat(insideTheTransaction).containsExactly(1L, 0L);
        await().atMost(WAIT).until(() -> publications(marker).equals(List.of(0L, 1L)));
        assertThat(charts.kept(kupang, 2024)).isZero();
        // only the approved year's pictures go
        assertThat(charts.kept(kupang, 2023)).isEqualTo(1);
    }

    @Test
    void aSignedAgreementDropsItsYearsCharts() {
        long unitId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        charts.svg(unitId, 2025, chart("signed"));
        charts.pngDataUri(unitId, 2025, chart("signed"));
        assertThat(charts.kept(unitId, 2025)).isEqualTo(2);
        String marker = marker();

        transactions.executeWithoutResult(
                status -> events.publishEvent(new AgreementSigned(7L, unitId, 2025, 2, marker)));

        await().atMost(WAIT).until(() -> publications(marker).equals(List.of(0L, 1L)));
        assertThat(charts.kept(unitId, 2025)).isZero();
    }

    @Test
    void anEventOfATransactionThatRollsBackIsNotDelivered() {
        long unitId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        charts.svg(unitId, 2024, chart("kept"));
        String marker = marker();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(
                    new RealizationApproved(unitId, 2024, "01a-CP", Period.Q2, new BigDecimal("99"), marker));
            assertThat(publications(marker)).containsExactly(1L, 0L);
            status.setRollbackOnly();
        });

        // the publication went with the rolled back transaction, and nothing reacted; a later committed event is
        // delivered (so the listener was there to be called)
        assertThat(publications(marker)).containsExactly(0L, 0L);
        String committed = marker();
        transactions.executeWithoutResult(
                status -> events.publishEvent(new AgreementSigned(8L, unitId + 1, 2024, 1, committed)));
        await().atMost(WAIT).until(() -> publications(committed).equals(List.of(0L, 1L)));
        assertThat(publications(marker)).containsExactly(0L, 0L);
        assertThat(charts.kept(unitId, 2024)).isEqualTo(1);
    }
}
