package id.kinerja.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in with a form (CSRF on every form, which Spring Security does by default), passwords hashed
 * with BCrypt, throttled sign-in ({@link LoginThrottle}), security headers with a strict content
 * security policy (no inline scripts), and everything but the sign-in page, health and static files
 * behind authentication. What a signed-in user may see is decided per unit by {@link UnitAccess}.
 * <p>
 * Two chains: the REST API ({@code /api/**}, ordered first) is stateless: no session, no CSRF, no sign-in form;
 * a request is signed in by its {@code Authorization: Bearer} personal token only ({@link BearerTokenFilter}), and
 * answered 401/403 as JSON. Everything else is the web chain below. The OpenAPI description and Swagger UI
 * ({@code /v3/api-docs}, {@code /swagger-ui.html}) are public: they describe the API and hold no data; Swagger UI
 * loads only its own script files, so the web chain's strict policy applies to it unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /** The API: bearer tokens only, stateless, JSON refusals. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens, UserDetailsService users)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(
                        new BearerTokenFilter(token -> tokens.getObject().authenticate(token), users),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint((request, response, ex) -> ApiSecurityResponses.write(
                                        response,
                                        401,
                                        "Unauthorized",
                                        "Diperlukan token API: kirim header 'Authorization: Bearer <token>' "
                                                + "(buat token di halaman Akun > Token API)."))
                                .accessDeniedHandler((request, response, ex) ->
                                        ApiSecurityResponses.write(response, 403, "Forbidden", "Akses ditolak.")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AccountService accounts, ObjectProvider<LocaleResolver> locales) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/error")
                        .permitAll()
                        .requestMatchers(
                                "/v3/api-docs",
                                "/v3/api-docs.yaml",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        // the Kanwil's review pages: signed in here, the rights per office in review.ReviewService
                        .requestMatchers("/units/*/review", "/units/*/review/**", "/units/*/reviews")
                        .authenticated()
                        // a person's own notifications and e-mail choice (notify): any signed-in account, each only
                        // his own (the service reads them by the signed-in account)
                        .requestMatchers("/notifications", "/notifications/**", "/account/notifications")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        // last sign-in, the account's language, a temporary password's forced change
                        .successHandler(new SignInSuccess(accounts, locales))
                        // the account could not be read (database down): say so, never "wrong password"; a delayed
                        // sign-in (LoginThrottle) gets the same answer as a wrong password or an unknown account
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof InternalAuthenticationServiceException
                                        ? "/login?unavailable"
                                        : "/login?error"))))
                // a request a filter refused before its body was read (RefusedRequests) cannot carry a readable
                // token and never reaches a handler: it gets its explanation instead of a CSRF refusal
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !RefusedRequests.isMarked(request)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                // a form sent after the session ended keeps its text for after signing in again
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredSessionForms()));
        return http.build();
    }
}
