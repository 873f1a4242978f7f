package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 12 "Accounts": administrators within their subtree (two Kanwil that never reach each other), roles never
 * above one's own, a reset that forces the password change at the next sign-in, unlock, disable, the profile's
 * language applied at sign-in, and every action audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationTest {

    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    JdbcClient jdbc;

    OwnUnit first;
    OwnUnit second;
    String firstAdmin;
    String secondAdmin;

    @BeforeAll
    void setUp() {
        first = OwnUnit.create("acc", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        second = OwnUnit.create("acd", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        firstAdmin = first.tag + ".kwadmin";
        secondAdmin = second.tag + ".kwadmin";
        accounts.create(
                firstAdmin,
                "Admin Kanwil " + first.tag,
                "rahasia-uji-kinerja",
                first.kanwil.code(),
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
        accounts.create(
                secondAdmin,
                "Admin Kanwil " + second.tag,
                "rahasia-uji-kinerja",
                second.kanwil.code(),
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    RequestPostProcessor as(String username) {
        return user(me(username));
    }

    MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static String html(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    long audits(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where entity = 'account' and entity_key = ? and action = ?")
                .params(username, action)
                .query(Long.class)
                .single();
    }

    static RequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void aKanwilAdministratorSeesAndChangesItsOwnSubtreeOnlyNeverTheOtherKanwil() throws Exception {
        String list = html(send(get("/admin/accounts").with(as(firstAdmin))));
        assertThat(list)
                .contains(first.user("pic"), first.user("sibling"), first.user("reviewer"))
                .doesNotContain(second.user("pic"))
                .doesNotContain("kupang.pic");

        assertThat(send(get("/admin/accounts/" + second.user("pic")).with(as(firstAdmin)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(post("/admin/accounts/" + second.user("pic") + "/disable")
                                .with(as(firstAdmin))
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(accounts.findByUsername(second.user("pic")).orElseThrow().enabled())
                .isTrue();

        // creating in the other Kanwil's office: refused naming the unit, nothing created
        MockHttpServletResponse outside = send(post("/admin/accounts/new")
                .with(as(firstAdmin))
                .with(csrf())
                .param("username", first.tag + ".luar")
                .param("displayName", "Di luar")
                .param("unit", second.code())
                .param("roles", "VIEWER"));
        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(html(outside)).contains("Anda tidak mengelola akun unit " + second.code());
        assertThat(accounts.findByUsername(first.tag + ".luar")).isEmpty();

        // in its own office: created with a temporary password shown once, audited
        MockHttpServletResponse created = send(post("/admin/accounts/new")
                .with(as(firstAdmin))
                .with(csrf())
                .param("username", first.tag + ".baru")
                .param("displayName", "PIC Baru")
                .param("email", "pic.baru@pajak.go.id")
                .param("unit", first.code())
                .param("roles", "PIC")
                .param("indicators", "01a-CP, 04a-CP"));
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        Account baru = accounts.findByUsername(first.tag + ".baru").orElseThrow();
        assertThat(baru.unitCode()).isEqualTo(first.code());
        assertThat(baru.indicatorCodes()).containsExactly("01a-CP", "04a-CP");
        assertThat(baru.email()).isEqualTo("pic.baru@pajak.go.id");
        assertThat(baru.mustChangePassword()).isTrue();
        assertThat(baru.apiAccess()).isFalse();
        assertThat(temporary(created)).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(audits(baru.username(), "create")).isEqualTo(1);

        // moved to the sibling office, roles changed: audited
        MockHttpServletResponse moved = send(post("/admin/accounts/" + baru.username())
                .with(as(firstAdmin))
                .with(csrf())
                .param("displayName", "Pembaca Baru")
                .param("unit", first.sibling.code())
                .param("roles", "VIEWER"));
        assertThat(moved.getStatus()).isEqualTo(302);
        Account after = accounts.findByUsername(baru.username()).orElseThrow();
        assertThat(after.unitCode()).isEqualTo(first.sibling.code());
        assertThat(after.roles()).containsExactly(Role.VIEWER);
        assertThat(after.indicatorCodes()).isEmpty();
        assertThat(after.displayName()).isEqualTo("Pembaca Baru");
        assertThat(audits(baru.username(), "account-update")).isEqualTo(1);

        // an account keeps at least one role
        MockHttpServletResponse noRole = send(post("/admin/accounts/" + baru.username())
                .with(as(firstAdmin))
                .with(csrf())
                .param("displayName", "Pembaca Baru")
                .param("unit", first.sibling.code()));
        assertThat(noRole.getStatus()).isEqualTo(400);
        assertThat(html(noRole)).contains("Peran wajib diisi");
        assertThat(accounts.findByUsername(baru.username()).orElseThrow().roles())
                .containsExactly(Role.VIEWER);

        // and never into the other Kanwil
        assertThat(send(post("/admin/accounts/" + baru.username())
                                .with(as(firstAdmin))
                                .with(csrf())
                                .param("unit", second.code())
                                .param("roles", "VIEWER"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(accounts.findByUsername(baru.username()).orElseThrow().unitCode())
                .isEqualTo(first.sibling.code());

        // the other Kanwil's administrator does not see it either
        assertThat(html(send(get("/admin/accounts").with(as(secondAdmin)))))
                .contains(second.user("pic"))
                .doesNotContain(baru.username());
    }

    @Test
    void anOfficePerformanceAdministratorManagesItsOfficeWithRolesNotAboveItsOwn() {
        CurrentUser officeAdmin = me(first.user("admin"));
        assertThatThrownBy(() -> accounts.createByAdmin(
                        officeAdmin,
                        new AccountForm(
                                first.tag + ".kepala2",
                                "Kepala",
                                null,
                                first.code(),
                                Set.of(Role.HEAD),
                                Set.of(),
                                false),
                        null))
                .isInstanceOfSatisfying(
                        AccountRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403))
                .hasMessage("Peran: Anda tidak berwenang memberi peran \u201cKepala Unit\u201d.");
        assertThatThrownBy(() -> accounts.createByAdmin(
                        officeAdmin,
                        new AccountForm(
                                first.tag + ".saudara",
                                "Saudara",
                                null,
                                first.sibling.code(),
                                Set.of(Role.VIEWER),
                                Set.of(),
                                false),
                        null))
                .isInstanceOfSatisfying(
                        AccountRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        // the head's account is above a performance administrator: no reset, no disable
        assertThatThrownBy(() -> accounts.reset(officeAdmin, first.user("head"), null))
                .isInstanceOfSatisfying(
                        AccountRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> accounts.setEnabled(officeAdmin, first.user("head"), false))
                .isInstanceOf(AccountRefusedException.class);
        // nor one's own account (that is the profile page)
        assertThatThrownBy(() -> accounts.setEnabled(officeAdmin, first.user("admin"), false))
                .isInstanceOf(AccountRefusedException.class);

        AccountService.Reset made = accounts.createByAdmin(
                officeAdmin,
                new AccountForm(
                        first.tag + ".pic3", "PIC 3", null, first.code(), Set.of(Role.PIC), Set.of("03a-CP"), false),
                null);
        assertThat(made.account().roles()).containsExactly(Role.PIC);
        assertThat(accounts.list(officeAdmin))
                .extracting(e -> e.account().unitCode())
                .containsOnly(first.code());
        // viewers and PICs administer nothing
        assertThatThrownBy(() -> accounts.list(me(first.user("viewer"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theWebFormKeepsThePasswordPolicyWithTheIndonesianMessage() throws Exception {
        MockHttpServletResponse weak = send(post("/admin/accounts/new")
                .with(as(firstAdmin))
                .with(csrf())
                .param("username", first.tag + ".lemah")
                .param("unit", first.code())
                .param("roles", "VIEWER")
                .param("password", "demo"));
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(html(weak)).contains("Kata sandi terlalu pendek: minimal 12 karakter.");
        MockHttpServletResponse common = send(post("/admin/accounts/new")
                .with(as(firstAdmin))
                .with(csrf())
                .param("username", first.tag + ".umum")
                .param("unit", first.code())
                .param("roles", "VIEWER")
                .param("password", "password1234"));
        assertThat(html(common)).contains("kata sandi yang umum dipakai");
        MockHttpServletResponse name = send(post("/admin/accounts/new")
                .with(as(firstAdmin))
                .with(csrf())
                .param("username", first.tag + ".nama")
                .param("unit", first.code())
                .param("roles", "VIEWER")
                .param("password", first.tag + ".nama-rahasia"));
        assertThat(html(name)).contains("Kata sandi tidak boleh memuat nama pengguna.");
        assertThat(accounts.findByUsername(first.tag + ".lemah")).isEmpty();
        assertThat(accounts.findByUsername(first.tag + ".umum")).isEmpty();
        assertThat(accounts.findByUsername(first.tag + ".nama")).isEmpty();
    }

    @Test
    void aResetForcesThePasswordChangeAtTheNextSignInBeforeAnythingElse() throws Exception {
        String username = first.user("pic2");
        MockHttpServletResponse reset = send(post("/admin/accounts/" + username + "/reset")
                .with(as(firstAdmin))
                .with(csrf()));
        assertThat(reset.getStatus()).isEqualTo(200);
        String temporary = temporary(reset);
        assertThat(audits(username, "reset-password")).isEqualTo(1);
        assertThat(html(reset)).doesNotContain("rahasia-uji-kinerja");

        MvcResult signIn = mvc.perform(login(username, "rahasia-uji-kinerja", "203.0.113.41"))
                .andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        signIn = mvc.perform(login(username, temporary, "203.0.113.41")).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

        // every other page leads to the change-password page
        MockHttpServletResponse dashboard =
                send(get("/units/" + first.code() + "/dashboard").session(session));
        assertThat(dashboard.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(send(get("/admin/accounts").session(session)).getRedirectedUrl())
                .isEqualTo("/account/password");
        MockHttpServletResponse form = send(get("/account/password").session(session));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("kata sandi sementara dari administrator");

        // the new password keeps the policy too
        assertThat(send(post("/account/password")
                                .session(session)
                                .with(csrf())
                                .param("current", temporary)
                                .param("password", "demo")
                                .param("repeated", "demo"))
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(post("/account/password")
                                .session(session)
                                .with(csrf())
                                .param("current", temporary)
                                .param("password", "sandi-baru-pic-dua")
                                .param("repeated", "sandi-baru-pic-dua"))
                        .getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(accounts.findByUsername(username).orElseThrow().mustChangePassword())
                .isFalse();
        assertThat(send(get("/units/" + first.code() + "/dashboard").session(session))
                        .getStatus())
                .isEqualTo(200);
        assertThat(accounts.findByUsername(username).orElseThrow().lastSignInAt())
                .isNotNull();
    }

    @Test
    void anAdministratorUnlocksAThrottledAccount() throws Exception {
        String username = first.user("viewer");
        for (int i = 0; i < LoginThrottle.PAIR_THRESHOLD; i++) {
            mvc.perform(login(username, "salah-" + i, "203.0.113.42"));
        }
        assertThat(html(send(get("/admin/accounts").with(as(firstAdmin)))))
                .contains("tertunda (terlalu banyak sandi salah)");
        MockHttpServletResponse unlocked = send(post("/admin/accounts/" + username + "/unlock")
                .with(as(firstAdmin))
                .with(csrf()));
        assertThat(unlocked.getRedirectedUrl()).isEqualTo("/admin/accounts/" + username);
        assertThat(audits(username, "unlock-sign-in")).isEqualTo(1);
        assertThat(accounts.manageable(me(firstAdmin), username).state()).isEqualTo(AccountState.ACTIVE);
        assertThat(mvc.perform(login(username, "rahasia-uji-kinerja", "203.0.113.42"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        String username = first.user("sibling");
        assertThat(send(post("/admin/accounts/" + username + "/disable")
                                .with(as(firstAdmin))
                                .with(csrf()))
                        .getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + username);
        Account disabled = accounts.findByUsername(username).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledBy()).isEqualTo(firstAdmin);
        assertThat(disabled.disabledAt()).isNotNull();
        assertThat(audits(username, "disable")).isEqualTo(1);
        assertThat(mvc.perform(login(username, "rahasia-uji-kinerja", "203.0.113.43"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(html(send(get("/admin/accounts/" + username).with(as(firstAdmin)))))
                .contains("nonaktif");

        send(post("/admin/accounts/" + username + "/enable")
                .with(as(firstAdmin))
                .with(csrf()));
        assertThat(audits(username, "enable")).isEqualTo(1);
        assertThat(mvc.perform(login(username, "rahasia-uji-kinerja", "203.0.113.43"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theProfileStoresNameEmailAndLanguageAppliedAtSignIn() throws Exception {
        String username = second.user("head");
        MockHttpServletResponse bad = send(post("/account/profile")
                .with(as(username))
                .with(csrf())
                .param("displayName", "Kepala")
                .param("email", "bukan-email")
                .param("language", "en"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(html(bad)).contains("E-mail tidak sah");
        assertThat(accounts.findByUsername(username).orElseThrow().language()).isNull();

        MockHttpServletResponse saved = send(post("/account/profile")
                .with(as(username))
                .with(csrf())
                .param("displayName", "Kepala Kantor Uji")
                .param("email", "kepala@pajak.go.id")
                .param("language", "en"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/account/profile");
        assertThat(saved.getCookie("kinerja-lang")).isNotNull();
        Account a = accounts.findByUsername(username).orElseThrow();
        assertThat(a.displayName()).isEqualTo("Kepala Kantor Uji");
        assertThat(a.email()).isEqualTo("kepala@pajak.go.id");
        assertThat(a.language()).isEqualTo("en");
        assertThat(audits(username, "profile")).isEqualTo(1);

        // a new sign-in, from a browser without the cookie, gets the stored language
        MvcResult signIn = mvc.perform(login(username, "rahasia-uji-kinerja", "203.0.113.44"))
                .andReturn();
        assertThat(signIn.getResponse().getCookie("kinerja-lang").getValue()).isEqualTo("en");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        assertThat(html(send(get("/account/profile")
                        .session(session)
                        .cookie(signIn.getResponse().getCookie("kinerja-lang")))))
                .contains("My profile");
    }

    @Test
    void theTokenPageAndItsLinkOnlyForAccountsThatMayUseTheApi() throws Exception {
        CurrentUser plain = me(accounts.createByAdmin(
                        me(secondAdmin),
                        new AccountForm(
                                second.tag + ".tanpaapi",
                                "Tanpa API",
                                null,
                                second.code(),
                                Set.of(Role.VIEWER),
                                Set.of(),
                                false),
                        null)
                .account()
                .username());
        MockHttpServletResponse page = send(get("/account/profile").with(user(plain)));
        assertThat(html(page)).doesNotContain("/account/tokens");
        assertThat(send(get("/account/tokens").with(user(plain))).getStatus()).isEqualTo(403);
        assertThat(send(post("/account/tokens").with(user(plain)).with(csrf()).param("name", "coba"))
                        .getStatus())
                .isEqualTo(403);

        CurrentUser withApi = me(second.user("pic"));
        assertThat(html(send(get("/account/profile").with(user(withApi))))).contains("/account/tokens");
        assertThat(send(get("/account/tokens").with(user(withApi))).getStatus()).isEqualTo(200);
    }

    static String temporary(MockHttpServletResponse response) throws Exception {
        Matcher m = TEMPORARY.matcher(html(response));
        assertThat(m.find()).as("the temporary password on the page").isTrue();
        return m.group(1);
    }
}
