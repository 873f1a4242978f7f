package id.kinerja.report;

import static id.kinerja.web.Html.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 item 1: Bab I of the LAKIN prints the unit's area served and its staff tables as the unit pages keep them. */
@SpringBootTest
@AutoConfigureMockMvc
class LakinUnitFactsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Test
    void babIPrintsTheAreaAndTheStaffTables() throws Exception {
        OwnUnit own = OwnUnit.create("bab1", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        Unit u = own.unit;
        units.update(
                UnitEditor.system("test"),
                u.code(),
                new NewUnit(
                        u.code(),
                        u.name(),
                        u.type(),
                        own.kanwil.code(),
                        u.officialCode(),
                        u.headName(),
                        "198001012005011001",
                        "Kepala Kantor",
                        List.of("Kota Uji", "Kabupaten Uji"),
                        u.address(),
                        80,
                        List.of(
                                new StaffGroup(StaffGrouping.RANK, "IV", 8),
                                new StaffGroup(StaffGrouping.RANK, "III", 52),
                                new StaffGroup(StaffGrouping.RANK, "II", 20),
                                new StaffGroup(StaffGrouping.EDUCATION, "S1", 80))),
                null);

        String html = mvc.perform(get("/units/" + own.code() + "/reports/lakin?year=2024&format=html")
                        .with(user(users.loadUserByUsername(own.user("admin")))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(row(html, "Wilayah kerja")).isEqualTo("Wilayah kerja Kota Uji dan Kabupaten Uji");
        assertThat(html)
                .contains("Tabel 1.1 Jumlah Pegawai Berdasarkan Golongan")
                .contains("Tabel 1.2 Jumlah Pegawai Berdasarkan Pendidikan");
        assertThat(row(html, ">III<")).isEqualTo("2 III 52 65,00");
        assertThat(row(html, ">S1<")).isEqualTo("1 S1 80 100,00");
    }
}
