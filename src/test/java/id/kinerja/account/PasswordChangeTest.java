package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The password policy on every path that sets a password, and the change-password page. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void creatingAnAccountKeepsThePolicyWithAClearIndonesianMessage() {
        assertThatThrownBy(() -> accounts.create(
                        "uji.pendek", "Uji", "demo", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test"))
                .hasMessage("Kata sandi terlalu pendek: minimal 12 karakter.");
        assertThatThrownBy(() -> accounts.create(
                        "uji.umum", "Uji", "password1234", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test"))
                .hasMessageContaining("kata sandi yang umum dipakai");
        assertThatThrownBy(() -> accounts.create(
                        "uji.nama", "Uji", "uji.nama.kupang", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test"))
                .hasMessage("Kata sandi tidak boleh memuat nama pengguna.");
        assertThat(accounts.findByUsername("uji.pendek")).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        accounts.create(
                "uji.ganti", "Uji Ganti", "sandi-lama-kupang", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test");
        var me = users.loadUserByUsername("uji.ganti");
        mvc.perform(get("/account/password").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("minimal 12 karakter")));

        // wrong current password, two different new ones, a weak new one: refused, nothing changed
        mvc.perform(post("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("current", "salah")
                        .param("password", "sandi-baru-kupang")
                        .param("repeated", "sandi-baru-kupang"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi sekarang salah")));
        mvc.perform(post("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("current", "sandi-lama-kupang")
                        .param("password", "sandi-baru-kupang")
                        .param("repeated", "sandi-baru-kupanG"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tidak sama")));
        mvc.perform(post("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("current", "sandi-lama-kupang")
                        .param("password", "1111")
                        .param("repeated", "1111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("minimal 12 karakter")));
        mvc.perform(formLogin("/login").user("uji.ganti").password("sandi-lama-kupang"))
                .andExpect(authenticated());

        mvc.perform(post("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("current", "sandi-lama-kupang")
                        .param("password", "sandi-baru-kupang")
                        .param("repeated", "sandi-baru-kupang"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user("uji.ganti").password("sandi-baru-kupang"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user("uji.ganti").password("sandi-lama-kupang"))
                .andExpect(unauthenticated());
    }

    @Test
    void theLoginPageSaysTheDemoPasswordOnlyForTheEmbeddedDemo() throws Exception {
        // the tests run the demo on the embedded database: its accounts sign in with "demo" and the page says so
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("akun demo masuk dengan kata sandi")));
        mvc.perform(formLogin("/login").user("kupang.pic").password("demo")).andExpect(authenticated());
    }
}
