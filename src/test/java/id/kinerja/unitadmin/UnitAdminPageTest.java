package id.kinerja.unitadmin;

import static id.kinerja.web.Html.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Issue 12 item 1: the unit pages, HQ for all, a Kanwil administrator for its subtree (two Kanwil of the test's own). */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitAdminPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    String tag;
    String kanwilA;
    String kanwilB;
    String adminA;

    @BeforeEach
    void twoKanwil() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        kanwilA = "KANWIL-PA-" + tag;
        kanwilB = "KANWIL-PB-" + tag;
        UnitEditor operator = UnitEditor.system("test");
        units.create(
                operator,
                new NewUnit(kanwilA, "Kanwil DJP A " + tag, UnitType.KANWIL, "DJP", null, null, null, null, null),
                null);
        units.create(
                operator,
                new NewUnit(kanwilB, "Kanwil DJP B " + tag, UnitType.KANWIL, "DJP", null, null, null, null, null),
                null);
        units.create(
                operator,
                new NewUnit(
                        "KPP-PB-" + tag, "KPP Pratama PB " + tag, UnitType.KPP, kanwilB, null, null, null, null, null),
                null);
        adminA = "admin.a." + tag.toLowerCase();
        accounts.create(
                adminA,
                "Administrator Kanwil A",
                "rahasia-uji-kinerja",
                kanwilA,
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void headquartersSeesEveryKanwilAndAKanwilOnlyItsOwnSubtree() throws Exception {
        String all = page("admin", "/units/DJP/units");
        assertThat(row(all, kanwilA))
                .contains("Kanwil DJP A " + tag)
                .contains("aktif")
                .contains("Ubah");
        assertThat(row(all, "KPP-PB-" + tag)).contains("KPP Pratama PB");
        assertThat(all).contains("KPP-KUPANG").contains("href=\"/units/DJP/units\"");

        String own = page(adminA, "/units/" + kanwilA + "/units");
        assertThat(own).contains(kanwilA).doesNotContain(kanwilB).doesNotContain("KPP-KUPANG");
        assertThat(own).contains("/units/" + kanwilA + "/units/new");
        mvc.perform(get("/units/" + kanwilB + "/units").with(as(adminA))).andExpect(status().isForbidden());
        mvc.perform(get("/units/KPP-PB-" + tag + "/edit").with(as(adminA))).andExpect(status().isForbidden());
        mvc.perform(post("/units/" + kanwilB + "/units")
                        .with(as(adminA))
                        .with(csrf())
                        .param("code", "KPP-PX-" + tag)
                        .param("name", "X")
                        .param("type", "KPP")
                        .param("parentCode", kanwilB))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode("KPP-PX-" + tag)).isEmpty();
        // the menu offers the pages to administrators only
        assertThat(page("kupang.pic", "/units/KPP-KUPANG/dashboard")).doesNotContain("/units/KPP-KUPANG/units");
        mvc.perform(get("/units/KPP-KUPANG/units").with(as("kupang.pic"))).andExpect(status().isForbidden());
    }

    @Test
    void aKanwilAdministratorCreatesEditsAndDeactivatesAnOffice() throws Exception {
        String code = "KPP-PA-" + tag;
        mvc.perform(post("/units/" + kanwilA + "/units")
                        .with(as(adminA))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "KPP Pratama PA")
                        .param("type", "KPP")
                        .param("parentCode", kanwilA)
                        .param("headName", "Kepala PA")
                        .param("headNip", "198001012005011001")
                        .param("headPosition", "Kepala Kantor")
                        .param("areas", "Kota Kupang\nKabupaten Alor")
                        .param("staffCount", "3")
                        .param("staffRank", "III = 2\nII = 1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + kanwilA + "/units"));
        Unit created = units.findByCode(code).orElseThrow();
        assertThat(created.headNip()).isEqualTo("198001012005011001");
        assertThat(created.area()).isEqualTo("Kota Kupang dan Kabupaten Alor");
        assertThat(units.staff(created.id())).hasSize(2);

        String form = page(adminA, "/units/" + code + "/edit");
        assertThat(form).contains("value=\"198001012005011001\"").contains("III = 2");

        // a refusal names the field, keeps what was typed and changes nothing
        String refused = mvc.perform(post("/units/" + code + "/edit")
                        .with(as(adminA))
                        .with(csrf())
                        .param("name", "KPP Pratama PA Baru")
                        .param("type", "KPP")
                        .param("parentCode", kanwilA)
                        .param("headNip", "12345")
                        .param("staffCount", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("NIP kepala &#39;12345&#39; tidak sah: NIP terdiri atas 18 angka")
                .contains("value=\"KPP Pratama PA Baru\"");
        assertThat(units.findByCode(code).orElseThrow().name()).isEqualTo("KPP Pratama PA");

        mvc.perform(post("/units/" + code + "/edit")
                        .with(as(adminA))
                        .with(csrf())
                        .param("name", "KPP Pratama PA Baru")
                        .param("type", "KPP")
                        .param("parentCode", kanwilA)
                        .param("staffCount", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.find(created.id(), Units.AUDIT_ENTITY, code))
                .anySatisfy(e -> assertThat(e.action() + " " + e.oldValue() + " -> " + e.newValue())
                        .isEqualTo("rename KPP Pratama PA -> KPP Pratama PA Baru"));

        mvc.perform(post("/units/" + code + "/deactivate").with(as(adminA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.findByCode(code).orElseThrow().active()).isFalse();
        String tree = page(adminA, "/units/" + kanwilA + "/units");
        assertThat(row(tree, code))
                .contains("nonaktif")
                .contains("Aktifkan kembali")
                .doesNotContain("Tambah unit");
        // creating under the deactivated office is refused
        String under = mvc.perform(post("/units/" + code + "/units")
                        .with(as(adminA))
                        .with(csrf())
                        .param("code", "SEKSI-PA-" + tag)
                        .param("name", "Seksi")
                        .param("type", "SECTION")
                        .param("parentCode", code))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(under).contains("sudah dinonaktifkan");
        assertThat(units.findByCode("SEKSI-PA-" + tag)).isEmpty();
    }

    @Test
    void theRefusalIsInTheReadersLanguage() throws Exception {
        String refused = mvc.perform(post("/units/" + kanwilA + "/units")
                        .with(as(adminA))
                        .with(csrf())
                        .param("lang", "en")
                        .param("code", "KPP-PE-" + tag)
                        .param("name", "KPP E")
                        .param("type", "KPP")
                        .param("parentCode", "DJP"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Parent unit: a ");
    }
}
