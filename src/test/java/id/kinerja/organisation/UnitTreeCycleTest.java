package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import id.kinerja.account.UnitAccess;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Issue 10 item 1: a parent change never makes a cycle, and a cycle already in the table never hangs a query. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitTreeCycleTest {

    @Autowired
    Units units;

    @Autowired
    UnitAccess access;

    @Autowired
    JdbcClient jdbc;

    NewUnit unit(String code, String parent) {
        return new NewUnit(code, "Unit " + code, UnitType.KP2KP, parent, null, null, null, null, null);
    }

    /**
     * A unit under KP2KP-X as an older tree could hold it (the type rules of docs/domain.md "2. Organisation" keep
     * the service from making one), written directly.
     */
    Unit under(String code, Unit parent) {
        long id = jdbc.sql("insert into unit (code, name, type, parent_id) values (?, ?, 'KP2KP', ?) returning id")
                .params(code, "Unit " + code, parent.id())
                .query(Long.class)
                .single();
        return units.findById(id).orElseThrow();
    }

    @Test
    void aParentUnderTheUnitItselfIsRefusedWithAClearMessage() {
        Unit x = units.create(unit("KP2KP-X", "KPP-KUPANG"));
        under("KP2KP-X-SUB", x);
        UnitEditor operator = UnitEditor.system("test");

        assertThatThrownBy(() -> units.update(operator, "KP2KP-X", unit("KP2KP-X", "KP2KP-X-SUB"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unit 'KP2KP-X' tidak dapat dipindah ke bawah 'KP2KP-X-SUB': 'KP2KP-X-SUB' berada di bawah "
                        + "'KP2KP-X' (rantai induk melingkar)");
        assertThatThrownBy(() -> units.update(operator, "KP2KP-X", unit("KP2KP-X", "KP2KP-X"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(units.findById(x.id()).orElseThrow().parentId())
                .isEqualTo(units.findByCode("KPP-KUPANG").orElseThrow().id());
    }

    @Test
    void aCycleWrittenDirectlyIntoTheDatabaseDoesNotHangIsWithin() {
        Unit x = units.create(unit("KP2KP-X", "KPP-KUPANG"));
        Unit sub = under("KP2KP-X-SUB", x);
        jdbc.sql("update unit set parent_id = ? where id = ?")
                .params(sub.id(), x.id())
                .update();
        long djp = units.findByCode("DJP").orElseThrow().id();
        // The unbounded walk ran until the disk filled; here it would hit this timeout and throw.
        jdbc.sql("set local statement_timeout = '5s'").update();

        boolean within = assertTimeout(Duration.ofSeconds(10), () -> access.isWithin(x.id(), djp));

        assertThat(within).isFalse();
        assertThat(access.isWithin(sub.id(), x.id())).isTrue();
    }

    @Test
    void everyConnectionHasTheConfiguredStatementTimeout() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("1min");
    }
}
