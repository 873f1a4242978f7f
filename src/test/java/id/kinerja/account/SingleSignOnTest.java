package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Single sign-on without a provider (the provider's round trip is {@code OidcLoginIT}'s): the claims to an account
 * ({@link AccountService#signInWithSso}), the OIDC user service and the sign-in's end ({@link SsoSignIn}), and the
 * login page, which offers SSO only when it is configured.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SingleSignOnTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectProvider<LocaleResolver> locales;

    @Autowired
    JdbcClient jdbc;

    static final SsoProperties SSO = new SsoProperties(
            "http://127.0.0.1:1/idp",
            "kinerja",
            "",
            "preferred_username",
            "name",
            "kinerja_unit",
            "kinerja_roles",
            Map.of("kinerja-pembaca", Role.VIEWER));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long audits(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where entity = 'account' and entity_key = ? and action = ?")
                .params(username, action)
                .query(Long.class)
                .single();
    }

    boolean sso(String username) {
        return jdbc.sql("select sso from app_user where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aNewUsernameMakesAnSsoAccountThatTheNextSignInsKeepInStepWithTheClaims() throws Exception {
        Account made =
                accounts.signInWithSso("Sari.SSO", "Sari Dewi", "KPP-KUPANG", Set.of(Role.VIEWER, Role.REVIEWER));
        assertThat(made.username()).isEqualTo("sari.sso");
        assertThat(made.displayName()).isEqualTo("Sari Dewi");
        assertThat(made.unitCode()).isEqualTo("KPP-KUPANG");
        assertThat(made.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.REVIEWER);
        assertThat(sso("sari.sso")).isTrue();
        assertThat(audits("sari.sso", "create")).isEqualTo(1);
        assertThat(audits("sari.sso", "sso-sign-in")).isEqualTo(1);
        // no password of the form signs it in
        mvc.perform(formLogin("/login").user("sari.sso").password("")).andExpect(unauthenticated());

        Account moved = accounts.signInWithSso("sari.sso", "Sari D.", "DJP", Set.of(Role.VIEWER));
        assertThat(moved.id()).isEqualTo(made.id());
        assertThat(moved.displayName()).isEqualTo("Sari D.");
        assertThat(moved.unitCode()).isEqualTo("DJP");
        assertThat(moved.roles()).containsExactly(Role.VIEWER);
        assertThat(audits("sari.sso", "sso-account")).isEqualTo(1);

        // the same claims again change nothing, and only the sign-in is recorded
        accounts.signInWithSso("sari.sso", "Sari D.", "DJP", Set.of(Role.VIEWER));
        assertThat(audits("sari.sso", "sso-account")).isEqualTo(1);
        assertThat(audits("sari.sso", "sso-sign-in")).isEqualTo(3);
        // no name in the claims: the username
        assertThat(accounts.signInWithSso("tanpa.nama.sso", " ", "KPP-KUPANG", Set.of(Role.VIEWER))
                        .displayName())
                .isEqualTo("tanpa.nama.sso");
    }

    @Test
    void aLocalAccountOfTheSameUsernameSignsInAsItIs() {
        accounts.create(
                "lokal.sso", "Akun Lokal", "rahasia-lokal-kupang", "KPP-KUPANG", Set.of(Role.VIEWER), Set.of(), "test");
        Account signedIn = accounts.signInWithSso("lokal.sso", "Nama Lain", "DJP", Set.of(Role.ADMINISTRATOR));
        assertThat(signedIn.displayName()).isEqualTo("Akun Lokal");
        assertThat(signedIn.unitCode()).isEqualTo("KPP-KUPANG");
        assertThat(signedIn.roles()).containsExactly(Role.VIEWER);
        assertThat(sso("lokal.sso")).isFalse();
        assertThat(audits("lokal.sso", "sso-sign-in")).isEqualTo(1);
    }

    @Test
    void noUsernameAnUnknownUnitNoRoleOrADisabledAccountIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> accounts.signInWithSso(null, "X", "KPP-KUPANG", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountRefusedException.class)
                .hasMessageContaining("tidak mengirim nama pengguna");
        assertThatThrownBy(() -> accounts.signInWithSso("tamu.sso", "Tamu", "KPP-ATLANTIS", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountRefusedException.class)
                .hasMessageContaining("KPP-ATLANTIS")
                .hasMessageContaining("tidak dikenal");
        assertThatThrownBy(() -> accounts.signInWithSso("tamu.sso", "Tamu", null, Set.of(Role.VIEWER)))
                .hasMessageContaining("tidak dikenal");
        assertThatThrownBy(() -> accounts.signInWithSso("tamu.sso", "Tamu", "KPP-KUPANG", Set.of()))
                .hasMessageContaining("peran");
        assertThatThrownBy(() -> accounts.signInWithSso("bukan nama!", "Tamu", "KPP-KUPANG", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(accounts.findByUsername("tamu.sso")).isEmpty();

        accounts.signInWithSso("mati.sso", "Mati", "KPP-KUPANG", Set.of(Role.VIEWER));
        CurrentUser admin = (CurrentUser) users.loadUserByUsername("admin");
        accounts.setEnabled(admin, "mati.sso", false);
        assertThatThrownBy(() -> accounts.signInWithSso("mati.sso", "Mati", "KPP-KUPANG", Set.of(Role.VIEWER)))
                .hasMessageContaining("dinonaktifkan");
    }

    static OidcUserRequest request(Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SsoConfiguration.REGISTRATION)
                .clientId("kinerja")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://127.0.0.1:1/idp/authorize")
                .tokenUri("http://127.0.0.1:1/idp/token")
                .jwkSetUri("http://127.0.0.1:1/idp/jwks")
                .scope("openid", "profile")
                .build();
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .subject("subjek-1")
                .issuer("http://127.0.0.1:1/idp")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claims(c -> c.putAll(claims))
                .build();
        OAuth2AccessToken access = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300), Set.of("openid", "profile"));
        return new OidcUserRequest(registration, access, idToken);
    }

    @Test
    void theUserServiceMakesTheAccountFromTheClaimsAndNamesTheOidcUserByItsUsername() {
        SsoUserService service = new SsoUserService(SSO, accounts);
        OidcUser user = service.loadUser(request(Map.of(
                "preferred_username", "dian.sso",
                "name", "Dian",
                "kinerja_unit", "KPP-KUPANG",
                "kinerja_roles", List.of("kinerja-pembaca", "tidak-dikenal"))));
        assertThat(user.getName()).isEqualTo("dian.sso");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThat(accounts.findByUsername("dian.sso").orElseThrow().roles()).containsExactly(Role.VIEWER);
        // one string of roles, separated by commas or spaces
        assertThat(service.loadUser(request(Map.of(
                                "preferred_username", "dian.sso",
                                "kinerja_unit", "KPP-KUPANG",
                                "kinerja_roles", "viewer, reviewer")))
                        .getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_REVIEWER");

        assertThatThrownBy(() -> service.loadUser(
                        request(Map.of("preferred_username", "tanpa.peran.sso", "kinerja_unit", "KPP-KUPANG"))))
                .isInstanceOfSatisfying(SsoUserService.Refused.class, refused -> {
                    assertThat(refused.refusal().key()).isEqualTo("login.sso.noRoles");
                    assertThat(refused.refusal().args()).containsExactly("tanpa.peran.sso");
                    assertThat(refused.getError().getErrorCode()).isEqualTo(SsoUserService.ERROR);
                });
    }

    @Test
    void theSignInEndsWithTheAccountsCurrentUserInTheSessionAndARefusalOnTheLoginPage() throws Exception {
        accounts.signInWithSso("eka.sso", "Eka", "KPP-KUPANG", Set.of(Role.VIEWER));
        SsoSignIn end = new SsoSignIn(users, new SignInSuccess(accounts, locales));
        OidcUser oidc = new SsoUserService(SSO, accounts)
                .loadUser(request(Map.of(
                        "preferred_username", "eka.sso",
                        "kinerja_unit", "KPP-KUPANG",
                        "kinerja_roles", List.of("viewer"))));
        Authentication fromProvider =
                new OAuth2AuthenticationToken(oidc, oidc.getAuthorities(), SsoConfiguration.REGISTRATION);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/sso");
        MockHttpServletResponse response = new MockHttpServletResponse();
        end.onAuthenticationSuccess(request, response, fromProvider);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(CurrentUser.class, me -> {
                    assertThat(me.username()).isEqualTo("eka.sso");
                    assertThat(me.unitCode()).isEqualTo("KPP-KUPANG");
                });
        SecurityContext saved = (SecurityContext)
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication().getPrincipal()).isInstanceOf(CurrentUser.class);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.findByUsername("eka.sso").orElseThrow().lastSignInAt())
                .isNotNull();

        // refused: the reason waits in the session for the login page, which shows it once
        MockHttpServletRequest refusedRequest = new MockHttpServletRequest("GET", "/login/oauth2/code/sso");
        MockHttpServletResponse refusedResponse = new MockHttpServletResponse();
        AccountRefusedException why = new AccountRefusedException(403, "ditolak", "login.sso.unknownUnit", "KPP-X");
        end.onAuthenticationFailure(refusedRequest, refusedResponse, new SsoUserService.Refused(why));
        assertThat(refusedResponse.getRedirectedUrl()).isEqualTo("/login?sso-refused");
        MockHttpSession session = (MockHttpSession) refusedRequest.getSession();
        LoginController login = new LoginController(accounts, SSO);
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(login.login(model, session)).isEqualTo("account/login");
        assertThat(model.get("sso")).isEqualTo(true);
        assertThat(model.get("ssoRefusal"))
                .isEqualTo(new SsoUserService.Refusal("login.sso.unknownUnit", List.of("KPP-X")));
        ExtendedModelMap again = new ExtendedModelMap();
        login.login(again, session);
        assertThat(again.get("ssoRefusal")).isNull();

        // any other failure (the provider said no, a bad token): the general message
        MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/login/oauth2/code/sso");
        end.onAuthenticationFailure(failed, new MockHttpServletResponse(), new BadCredentialsException("x"));
        assertThat(failed.getSession().getAttribute(SsoSignIn.REFUSAL))
                .isEqualTo(new SsoUserService.Refusal("login.sso.failed", List.of()));
    }

    @Test
    void withoutAnIssuerTheLoginPageHasNoSsoButton() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Masuk dengan SSO"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/oauth2/authorization"))));
        assertThat(new SsoProperties(null, "k", "", "u", "n", "un", "r", null).roleMapping())
                .isEmpty();
    }
}
