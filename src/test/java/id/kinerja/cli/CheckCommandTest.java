package id.kinerja.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code check --unit --year}: the findings printed, exit 4 with findings, 3 unknown unit or year, 2 bad usage. */
@SpringBootTest
@AutoConfigureMockMvc
class CheckCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theDemoHasFindingsToFix() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(
                context,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "check",
                "--unit",
                "KPP-KUPANG",
                "--year",
                "2024");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(CheckCommand.FINDINGS).isEqualTo(4);
        assertThat(text)
                .contains(
                        "Pemeriksaan konsistensi KPP Pratama Kupang (KPP-KUPANG), tahun 2024: 2 kesalahan, 2 peringatan, 2 informasi.")
                .contains("[KESALAHAN] Target Renstra/RPJMN dan standar nasional 2024")
                .contains("[KESALAHAN] Anggaran 2024, pagu")
                .contains("[PERINGATAN] IKU 07b-CP")
                .contains("[INFORMASI] Penerimaan 2024, realisasi")
                .contains("Perbaikan: ")
                .contains("Triwulan I, Triwulan II, Semester I")
                .doesNotContain("Smt. 1");
    }

    @Test
    void unknownUnitOrYearExits3AndBadUsageIsRefusedBeforeStarting() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(CommandLine.run(context, o, e, "check", "--unit", "KPP-ANTAH", "--year", "2024"))
                .isEqualTo(3);
        assertThat(CommandLine.run(context, o, e, "check", "--unit", "KPP-KUPANG", "--year", "2019"))
                .isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("KPP-ANTAH").contains("2019");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--unit", "KPP-KUPANG"}))
                .isInstanceOf(CommandLine.UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--unit", "KPP-KUPANG", "--year", "dua"}))
                .isInstanceOf(CommandLine.UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--unit", "KPP-KUPANG", "--year", "24"}))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--year harus tahun seperti 2024, bukan 24");
        assertThat(CommandLine.usage()).contains("check --unit KODE --year TAHUN");
    }
}
