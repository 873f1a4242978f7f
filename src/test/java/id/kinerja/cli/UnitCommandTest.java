package id.kinerja.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code unit add|update|list}: through {@link Units}, its messages and audit; exit 2 refused, 3 unknown unit. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Units units;

    @Autowired
    AuditLog audit;

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(
                context,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void anOperatorAddsMovesAndListsAUnit() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        String kanwil = "KANWIL-CLI-" + tag;
        String kpp = "KPP-CLI-" + tag;
        assertThat(run(
                        "unit",
                        "add",
                        "--code",
                        kanwil,
                        "--name",
                        "Kanwil DJP CLI",
                        "--type",
                        "KANWIL",
                        "--parent",
                        "DJP"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(run(
                        "unit",
                        "add",
                        "--code",
                        kpp,
                        "--name",
                        "KPP Pratama CLI",
                        "--type",
                        "KPP",
                        "--parent",
                        "KANWIL-NUSRA",
                        "--head",
                        "Kepala CLI",
                        "--head-nip",
                        "198001012005011001",
                        "--head-position",
                        "Kepala Kantor",
                        "--area",
                        "Kota Kupang",
                        "--area",
                        "Kabupaten Alor",
                        "--staff-count",
                        "3",
                        "--staff",
                        "RANK:III=2",
                        "--staff",
                        "RANK:II=1"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(kpp + "  KPP  KPP Pratama CLI  induk KANWIL-NUSRA");
        Unit stored = units.findByCode(kpp).orElseThrow();
        assertThat(stored.area()).isEqualTo("Kota Kupang dan Kabupaten Alor");
        assertThat(units.staff(stored.id()))
                .allMatch(g -> g.grouping() == StaffGrouping.RANK)
                .hasSize(2);

        // a move and a rename, the other details kept
        assertThat(run("unit", "update", "--code", kpp, "--parent", kanwil, "--name", "KPP Pratama CLI Baru"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        Unit moved = units.findByCode(kpp).orElseThrow();
        assertThat(moved.parentId())
                .isEqualTo(units.findByCode(kanwil).orElseThrow().id());
        assertThat(moved.headNip()).isEqualTo("198001012005011001");
        assertThat(moved.areas()).containsExactly("Kota Kupang", "Kabupaten Alor");
        assertThat(audit.find(moved.id(), Units.AUDIT_ENTITY, kpp))
                .extracting(e -> e.action() + " " + e.oldValue() + " -> " + e.newValue())
                .contains("move KANWIL-NUSRA -> " + kanwil, "rename KPP Pratama CLI -> KPP Pratama CLI Baru");
        assertThat(audit.find(moved.id(), Units.AUDIT_ENTITY, kpp))
                .allMatch(e -> e.username().startsWith("cli:"));

        assertThat(run("unit", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("DJP  HQ")
                .contains("  " + kanwil + "  KANWIL  Kanwil DJP CLI")
                .contains("    " + kpp + "  KPP  KPP Pratama CLI Baru  kepala Kepala CLI  3 pegawai");
    }

    @Test
    void refusalsAreTheServicesMessagesWithTheirExitCodes() {
        assertThat(run("unit", "add", "--code", "KPP-CLI-SALAH", "--name", "Salah", "--type", "KPP", "--parent", "DJP"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unit induk: Kantor Pelayanan Pajak harus berada di bawah Kantor Wilayah, sedangkan 'DJP'"
                        + " adalah Kantor Pusat");
        assertThat(units.findByCode("KPP-CLI-SALAH")).isEmpty();
        assertThat(run("unit", "update", "--code", "KPP-ANTAH", "--name", "X")).isEqualTo(CommandLine.NOT_FOUND);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unit tidak dikenal: KPP-ANTAH");
        assertThat(run(
                        "unit",
                        "add",
                        "--code",
                        "KPP-CLI-STAF",
                        "--name",
                        "S",
                        "--type",
                        "KPP",
                        "--parent",
                        "KANWIL-NUSRA",
                        "--staff",
                        "III=2"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tulis KELOMPOK:KETERANGAN=N");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"unit", "add", "--name", "X"}))
                .isInstanceOf(CommandLine.UsageException.class);
        assertThat(CommandLine.usage())
                .contains("unit add --code KODE")
                .contains("unit update --code KODE")
                .contains("Daftar unit sebagai pohon");
    }
}
