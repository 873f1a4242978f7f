package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, throttling, CSRF, security headers and password storage. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle throttle;

    @Test
    void pagesNeedASignInButHealthDoesNot() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/dashboard"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theDemoAccountsSignInWithTheirPassword() throws Exception {
        mvc.perform(formLogin("/login").user("kupang.pic").password("demo"))
                .andExpect(authenticated().withUsername("kupang.pic"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("kupang.pic").password("salah"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void wrongPasswordsDelayOnlyTheirAddressAndTheAnswerNeverTellsWhichAccountsExist() throws Exception {
        accounts.create(
                "uji.throttle",
                "Uji Throttle",
                "rahasia-uji-throttle",
                "KPP-KUPANG",
                Set.of(Role.VIEWER),
                Set.of(),
                "test");
        for (int i = 0; i < LoginThrottle.PAIR_THRESHOLD; i++) {
            mvc.perform(login("uji.throttle", "salah-" + i, "203.0.113.7")).andExpect(redirectedUrl("/login?error"));
        }
        // the stranger's address now waits, even with the right password, and gets the answer of an unknown account
        mvc.perform(login("uji.throttle", "rahasia-uji-throttle", "203.0.113.7"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("uji.tidak.ada", "apa-saja", "203.0.113.7"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // the owner at their own address is not locked out by the stranger
        mvc.perform(login("uji.throttle", "rahasia-uji-throttle", "198.51.100.20"))
                .andExpect(authenticated());
        // the state is in the database (shared by every node), and an administrator can clear it
        assertThat(jdbc.sql(
                                "select failures from login_throttle where throttle_key = 'user:uji.throttle|addr:203.0.113.7'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(LoginThrottle.PAIR_THRESHOLD);
        assertThat(throttle.isDelayed("uji.throttle", "203.0.113.7")).isTrue();
        assertThat(throttle.unlock("uji.throttle")).isEqualTo(1);
        assertThat(throttle.isDelayed("uji.throttle", "203.0.113.7")).isFalse();
        mvc.perform(login("uji.throttle", "rahasia-uji-throttle", "203.0.113.7"))
                .andExpect(authenticated());
    }

    @Test
    void sprayingManyAccountsFromOneAddressDelaysThatAddress() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD; i++) {
            mvc.perform(login("spray." + i, "Password1234", "192.0.2.99")).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(throttle.isDelayed("kupang.pic", "192.0.2.99")).isTrue();
        mvc.perform(login("kupang.pic", "demo", "192.0.2.99")).andExpect(unauthenticated());
        mvc.perform(login("kupang.pic", "demo", "192.0.2.100")).andExpect(authenticated());
    }

    @Test
    void theDelayGrowsFromFiveSecondsToAtMostFifteenMinutes() {
        assertThat(LoginThrottle.delay(0)).hasSeconds(5);
        assertThat(LoginThrottle.delay(1)).hasSeconds(10);
        assertThat(LoginThrottle.delay(4)).hasSeconds(80);
        assertThat(LoginThrottle.delay(20)).hasMinutes(15);
        assertThat(LoginThrottle.delay(99)).hasMinutes(15);
    }

    /** A sign-in from the given client address (the form the login page posts, with its CSRF token). */
    private static org.springframework.test.web.servlet.RequestBuilder login(
            String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'kupang.head'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(user(users.loadUserByUsername("kupang.pic"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void securityHeadersAreSent() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Cache-Control"));
    }

    @Test
    void anAccountOfAnUnknownUnitOrWithoutRolesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(
                        "uji.x", "X", "rahasia-uji-kinerja", "KPP-ATLANTIS", Set.of(Role.VIEWER), Set.of(), "test"))
                .hasMessageContaining("KPP-ATLANTIS");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(
                        "uji.y", "Y", "rahasia-uji-kinerja", "KPP-KUPANG", Set.of(Role.PIC), Set.of(), "test"))
                .hasMessageContaining("IKU");
        assertThat(accounts.findByUsername("uji.x")).isEmpty();
    }
}
