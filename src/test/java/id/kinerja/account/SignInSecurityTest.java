package id.kinerja.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

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

/** Sign-in, throttling, CSRF, security headers and password storage. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesNeedASignInButHealthDoesNot() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/dashboard")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theDemoAccountsSignInWithTheirPassword() throws Exception {
        mvc.perform(formLogin("/login").user("kupang.pic").password("demo"))
                .andExpect(authenticated().withUsername("kupang.pic")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("kupang.pic").password("salah"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedEvenForTheRightOne() throws Exception {
        accounts.create("uji.throttle", "Uji Throttle", "rahasia-uji-throttle", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("uji.throttle").password("salah-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("uji.throttle").password("rahasia-uji-throttle"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'kupang.head'")
                .query(String.class).single();
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("uji.x", "X", "rahasia-uji-kinerja", "KPP-ATLANTIS",
                Set.of(Role.VIEWER), Set.of(), "test")).hasMessageContaining("KPP-ATLANTIS");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("uji.y", "Y", "rahasia-uji-kinerja", "KPP-KUPANG",
                Set.of(Role.PIC), Set.of(), "test")).hasMessageContaining("IKU");
        assertThat(repository.findByUsername("uji.x")).isEmpty();
    }
}
