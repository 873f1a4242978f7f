package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application (read from Spring MVC itself, so a new route without a rule here
 * fails this test) against every role, including an account of a sibling office: each gets exactly
 * what the rules say. "Allowed" means the server did not refuse (it may still answer 400/409 for the
 * test's placeholder input); "refused" means 403. The routes act on an office of the test's own
 * (KPP-UJI-RUTE), so the demo's figures stay untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAuthorizationTest {

    static final String UNIT = "KPP-UJI-RUTE";
    static final String SIBLING = "KPP-UJI-TETANGGA";
    static final String IKU = "01a-CP";

    /** Who may use a route, relative to the unit in its path. */
    enum Rule {
        PUBLIC((u, unit) -> true),
        /** Public, answered with a redirect to a public page (not to the sign-in page): Swagger UI's entry. */
        PUBLIC_REDIRECT((u, unit) -> true),
        SIGNED_IN((u, unit) -> true),
        VIEW((u, unit) -> VIEWERS.contains(u)),
        ENTER((u, unit) -> Set.of("rute.pa", "rute.pic").contains(u)),
        NOTE((u, unit) -> Set.of("rute.pa", "rute.pic", "rute.head").contains(u)),
        VERIFY((u, unit) -> u.equals("rute.pa")),
        APPROVE((u, unit) -> u.equals("rute.head")),
        UNLOCK((u, unit) -> u.equals("admin")),
        EDIT_AGREEMENT((u, unit) -> u.equals("rute.pa")),
        SIGN_AGREEMENT((u, unit) -> u.equals("rute.head")),
        /** Starting a year's PK from last year's: the performance administrator, or an administrator above. */
        START_AGREEMENT((u, unit) -> Set.of("rute.pa", "admin").contains(u)),
        /** Starting the year of every office below a unit: an administrator of the unit or above. */
        START_OFFICES((u, unit) -> u.equals("admin")),
        /** Accepting the consistency check's errors: the unit's head, who signs its PK and LAKIN. */
        ACCEPT_CHECK_ERRORS((u, unit) -> u.equals("rute.head")),
        /** A general narrative section (the route test uses kata-pengantar): the unit's performance administrator and head. */
        NARRATE((u, unit) -> Set.of("rute.pa", "rute.head").contains(u)),
        /** Recording and removing the unit's performance dialogues: its performance administrator and head. */
        DIALOGUE((u, unit) -> Set.of("rute.pa", "rute.head").contains(u)),
        /**
         * Marking a follow-up done: the unit's own staff reach it (the owner or the performance administrator is
         * checked on the record itself, DialogueTest); nobody outside the unit.
         */
        UNIT_STAFF((u, unit) ->
                Set.of("rute.pa", "rute.pic", "rute.head", "rute.viewer").contains(u)),
        /** Sending the unit's reports to its Kanwil: its head and performance administrator. */
        SEND((u, unit) -> Set.of("rute.pa", "rute.head").contains(u)),
        /** Acknowledging the receipt of what the unit sent: the Kanwil directly above (its reviewer here). */
        ACKNOWLEDGE((u, unit) -> u.equals("nusra.reviewer")),
        /** The place and date of the unit's LAKIN and NKO reports: its performance administrator and head. */
        DOCUMENTS((u, unit) -> Set.of("rute.pa", "rute.head").contains(u)),
        /** Excel import: the unit's performance administrator, or an administrator above it. */
        IMPORT((u, unit) -> Set.of("rute.pa", "admin").contains(u)),
        /**
         * The accounts list and creation: an administrator (any unit) and a performance administrator (its own unit);
         * the sibling's all-roles account is an administrator of its own office.
         */
        ADMINISTER_ACCOUNTS(
                (u, unit) -> Set.of("admin", "rute.pa", "tetangga.semua").contains(u)),
        /**
         * One account of the unit (the route test uses rute.sasaran, a viewer): DJP's administrator and the unit's performance
         * administrator (a viewer is below it); never the sibling office's administrator.
         */
        MANAGE_ACCOUNT((u, unit) -> Set.of("admin", "rute.pa").contains(u)),
        /** The unit pages of a unit, and creating units under it: its performance administrator, administrators above. */
        MANAGE_UNITS((u, unit) -> Set.of("rute.pa", "admin").contains(u)),
        /** Editing, deactivating, reactivating the unit itself: an administrator of it or above (here DJP's). */
        MANAGE_UNIT((u, unit) -> u.equals("admin")),
        /** The revenue figures (net, PPM/PKM, months): as the Excel import, the unit's performance administrator or an
         * administrator above. */
        REVENUE_FIGURES((u, unit) -> Set.of("rute.pa", "admin").contains(u)),
        /** The Manual IKU's drafts (copy, import, edit, preview, publish): an administrator at headquarters only. */
        HQ_ADMIN((u, unit) -> u.equals("admin")),
        /** The Kanwil's review: a reviewer of a unit above the office (nusra.reviewer for its offices). */
        REVIEW((u, unit) -> u.equals("nusra.reviewer")),
        /** Answering a review thread: the office's performance administrator, head, administrator, or a PIC. */
        ANSWER_REVIEW((u, unit) -> Set.of("rute.pa", "rute.pic", "rute.head").contains(u));

        final BiPredicate<String, String> allowed;

        Rule(BiPredicate<String, String> allowed) {
            this.allowed = allowed;
        }
    }

    /** Accounts that may see KPP-UJI-RUTE: its own staff, the Kanwil's reviewer, DJP's administrator. */
    static final Set<String> VIEWERS =
            Set.of("rute.pa", "rute.pic", "rute.head", "rute.viewer", "nusra.reviewer", "admin");

    static final List<String> USERS = List.of(
            "admin",
            "nusra.reviewer",
            "rute.pa",
            "rute.pic",
            "rute.head",
            "rute.viewer",
            "tetangga.semua",
            "kupang.pic");

    /** The rule of every route: "METHOD pattern". */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /login", Rule.PUBLIC);
        RULES.put("GET /", Rule.SIGNED_IN);
        RULES.put("GET /tasks", Rule.SIGNED_IN);
        RULES.put("GET /search", Rule.SIGNED_IN);
        RULES.put("GET /units/{code}/sent", Rule.VIEW);
        RULES.put("POST /units/{code}/sent", Rule.SEND);
        RULES.put("POST /units/{code}/sent/{id}/acknowledge", Rule.ACKNOWLEDGE);
        RULES.put("GET /units/{code}/sent/{id}/pdf", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/sent", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/sent", Rule.SEND);
        RULES.put("POST /api/v1/units/{code}/sent/{id}/acknowledge", Rule.ACKNOWLEDGE);
        RULES.put("GET /api/v1/units/{code}/sent/{id}/pdf", Rule.VIEW);
        RULES.put("GET /units/{code}/dialogue", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/dialogue", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/dialogue", Rule.DIALOGUE);
        RULES.put("POST /api/v1/units/{code}/dialogue/follow-ups/{id}/done", Rule.UNIT_STAFF);
        RULES.put("DELETE /api/v1/units/{code}/dialogue/{id}", Rule.DIALOGUE);
        RULES.put("POST /units/{code}/dialogue", Rule.DIALOGUE);
        RULES.put("POST /units/{code}/dialogue/{id}/delete", Rule.DIALOGUE);
        RULES.put("POST /units/{code}/dialogue/follow-ups/{id}/done", Rule.UNIT_STAFF);
        RULES.put("POST /tasks/bulk", Rule.SIGNED_IN);
        RULES.put("POST /tasks/bulk/confirm", Rule.SIGNED_IN);
        RULES.put("GET /api/v1/me/tasks", Rule.SIGNED_IN);
        RULES.put("GET /units/{code}/dashboard", Rule.VIEW);
        RULES.put("GET /units/{code}/onboarding", Rule.VIEW);
        RULES.put("GET /units/{code}/kanwil", Rule.VIEW);
        RULES.put("GET /units/{code}/whatif", Rule.VIEW);
        RULES.put("POST /units/{code}/whatif", Rule.VIEW);
        RULES.put("POST /units/{code}/whatif/goal", Rule.VIEW);
        RULES.put("GET /units/{code}/iku/{iku}", Rule.VIEW);
        RULES.put("POST /units/{code}/iku/{iku}/notes", Rule.NOTE);
        RULES.put("POST /units/{code}/iku/{iku}/evidence", Rule.ENTER);
        // the LAKIN's references: planning targets (as the PK), past years (the performance administrator)
        RULES.put("POST /units/{code}/iku/{iku}/planning", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/iku/{iku}/history", Rule.VERIFY);
        RULES.put("POST /units/{code}/iku/{iku}/history/{pastYear}/delete", Rule.VERIFY);
        RULES.put("GET /units/{code}/reports/settings", Rule.VIEW);
        RULES.put("POST /units/{code}/reports/settings", Rule.DOCUMENTS);
        RULES.put("GET /units/{code}/evidence/{id}", Rule.VIEW);
        RULES.put("GET /units/{code}/realizations", Rule.VIEW);
        RULES.put("GET /units/{code}/realizations/{iku}/{period}", Rule.VIEW);
        RULES.put("GET /units/{code}/realizations/{iku}/{period}/read", Rule.VIEW);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/save", Rule.ENTER);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/submit", Rule.ENTER);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/verify", Rule.VERIFY);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/return", Rule.VERIFY);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/approve", Rule.APPROVE);
        RULES.put("POST /units/{code}/realizations/{iku}/{period}/unlock", Rule.UNLOCK);
        RULES.put("GET /units/{code}/agreement", Rule.VIEW);
        RULES.put("POST /units/{code}/agreement/create", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/header", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/indicators", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/indicators/add", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/indicators/{iku}/remove", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/budget", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/sign", Rule.SIGN_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/{id}/revise", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/start", Rule.START_AGREEMENT);
        RULES.put("POST /units/{code}/agreement/offices/start", Rule.START_OFFICES);
        RULES.put("GET /units/{code}/reports/nko", Rule.VIEW);
        RULES.put("GET /units/{code}/reports/pk", Rule.VIEW);
        RULES.put("GET /units/{code}/reports/lakin", Rule.VIEW);
        RULES.put("GET /units/{code}/revenue", Rule.VIEW);
        RULES.put("POST /units/{code}/revenue/realizations", Rule.ENTER); // whoever may enter 01a-CP
        RULES.put("GET /units/{code}/revenue/figures", Rule.VIEW);
        RULES.put("POST /units/{code}/revenue/figures/net", Rule.REVENUE_FIGURES);
        RULES.put("POST /units/{code}/revenue/figures/activity", Rule.REVENUE_FIGURES);
        RULES.put("GET /units/{code}/revenue/months", Rule.VIEW);
        RULES.put("POST /units/{code}/revenue/months", Rule.REVENUE_FIGURES);
        RULES.put("GET /units/{code}/budget", Rule.VIEW);
        RULES.put("POST /units/{code}/budget/revisions", Rule.EDIT_AGREEMENT); // the performance administrator
        RULES.put("POST /units/{code}/budget/kinds", Rule.EDIT_AGREEMENT);
        RULES.put("GET /units/{code}/budget/months", Rule.VIEW);
        RULES.put("POST /units/{code}/budget/months", Rule.EDIT_AGREEMENT);
        RULES.put("GET /units/{code}/recognitions", Rule.VIEW);
        RULES.put("POST /units/{code}/recognitions/{kind}", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/recognitions/{kind}/{id}", Rule.EDIT_AGREEMENT);
        RULES.put("POST /units/{code}/recognitions/{kind}/{id}/delete", Rule.EDIT_AGREEMENT);
        RULES.put("GET /units/{code}/recognitions/{kind}/{id}/attachment", Rule.VIEW);
        RULES.put("GET /units/{code}/reports/check", Rule.VIEW);
        RULES.put("POST /units/{code}/reports/check/accept", Rule.ACCEPT_CHECK_ERRORS);
        RULES.put("GET /units/{code}/narratives", Rule.VIEW);
        RULES.put("GET /units/{code}/narratives/{key}", Rule.VIEW);
        RULES.put("POST /units/{code}/narratives/{key}", Rule.NARRATE);
        RULES.put("POST /units/{code}/narratives/{key}/restore", Rule.NARRATE);
        RULES.put("GET /units/{code}/narratives/bulk/export", Rule.VIEW);
        RULES.put("POST /units/{code}/narratives/bulk/import", Rule.NARRATE);
        RULES.put("POST /units/{code}/narratives/bulk/import/{id}/apply", Rule.NARRATE);
        RULES.put("POST /units/{code}/narratives/bulk/carry-over", Rule.NARRATE);
        RULES.put("GET /api/v1/units/{code}/narratives", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/narratives/{key}", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/narratives/{key}", Rule.NARRATE);
        // batch documents of a Kanwil (the test's unit is a KPP: viewers get 404, everyone else 403)
        RULES.put("POST /units/{code}/reports/batch", Rule.VIEW);
        RULES.put("GET /units/{code}/reports/batch/{id}", Rule.VIEW);
        RULES.put("GET /units/{code}/reports/batch/{id}/download", Rule.VIEW);
        // personal API tokens: every account manages its own
        RULES.put("GET /account/tokens", Rule.SIGNED_IN);
        RULES.put("POST /account/tokens", Rule.SIGNED_IN);
        RULES.put("POST /account/tokens/{id}/revoke", Rule.SIGNED_IN);
        // notifications: every account reads and marks its own (another person's is 404, not 403)
        RULES.put("GET /notifications", Rule.SIGNED_IN);
        RULES.put("POST /notifications/{id}/read", Rule.SIGNED_IN);
        RULES.put("POST /notifications/read-all", Rule.SIGNED_IN);
        RULES.put("GET /account/notifications", Rule.SIGNED_IN);
        RULES.put("POST /account/notifications", Rule.SIGNED_IN);
        RULES.put("GET /api/v1/me/notifications", Rule.SIGNED_IN);
        RULES.put("GET /account/password", Rule.SIGNED_IN);
        RULES.put("GET /account/profile", Rule.SIGNED_IN);
        RULES.put("POST /account/profile", Rule.SIGNED_IN);
        // accounts administered in the app (issue 12): within the administrator's subtree
        RULES.put("GET /admin/accounts", Rule.ADMINISTER_ACCOUNTS);
        RULES.put("GET /admin/accounts/new", Rule.ADMINISTER_ACCOUNTS);
        RULES.put("POST /admin/accounts/new", Rule.ADMINISTER_ACCOUNTS);
        RULES.put("GET /admin/accounts/{username}", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /admin/accounts/{username}", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /admin/accounts/{username}/disable", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /admin/accounts/{username}/enable", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /admin/accounts/{username}/reset", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /admin/accounts/{username}/unlock", Rule.MANAGE_ACCOUNT);
        RULES.put("GET /api/v1/users", Rule.ADMINISTER_ACCOUNTS);
        RULES.put("POST /api/v1/users", Rule.ADMINISTER_ACCOUNTS);
        RULES.put("GET /api/v1/users/{username}", Rule.MANAGE_ACCOUNT);
        RULES.put("PUT /api/v1/users/{username}", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /api/v1/users/{username}/disable", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /api/v1/users/{username}/enable", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /api/v1/users/{username}/reset", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /api/v1/users/{username}/unlock", Rule.MANAGE_ACCOUNT);
        RULES.put("POST /account/password", Rule.SIGNED_IN);
        // the REST API (bearer tokens; here signed in by the test like the pages)
        RULES.put("GET /api/v1/units", Rule.SIGNED_IN);
        RULES.put("GET /api/v1/units/{code}", Rule.VIEW);
        RULES.put("GET /api/v1/frameworks", Rule.SIGNED_IN);
        RULES.put("GET /api/v1/frameworks/{id}", Rule.SIGNED_IN);
        RULES.put("GET /api/v1/frameworks/{id}/yaml", Rule.SIGNED_IN);
        RULES.put("POST /api/v1/frameworks/validate", Rule.SIGNED_IN);
        for (String route : List.of(
                "GET /api/v1/frameworks/drafts",
                "POST /api/v1/frameworks/drafts",
                "POST /api/v1/frameworks/drafts/import",
                "GET /api/v1/frameworks/drafts/{id}",
                "GET /api/v1/frameworks/drafts/{id}/yaml",
                "PUT /api/v1/frameworks/drafts/{id}/yaml",
                "GET /api/v1/frameworks/drafts/{id}/preview",
                "POST /api/v1/frameworks/drafts/{id}/publish")) {
            RULES.put(route, Rule.HQ_ADMIN);
        }
        // the framework editor's pages: published versions for every signed-in user, drafts for HQ administrators
        RULES.put("GET /frameworks", Rule.SIGNED_IN);
        RULES.put("GET /frameworks/versions/{id}", Rule.SIGNED_IN);
        RULES.put("GET /frameworks/versions/{id}/yaml", Rule.SIGNED_IN);
        for (String route : List.of(
                "POST /frameworks/copy",
                "POST /frameworks/import",
                "GET /frameworks/drafts/{id}",
                "POST /frameworks/drafts/{id}/header",
                "GET /frameworks/drafts/{id}/structure",
                "POST /frameworks/drafts/{id}/structure",
                "GET /frameworks/drafts/{id}/indicators/{n}",
                "POST /frameworks/drafts/{id}/indicators/{n}",
                "POST /frameworks/drafts/{id}/indicators/{n}/delete",
                "GET /frameworks/drafts/{id}/scale",
                "POST /frameworks/drafts/{id}/scale",
                "GET /frameworks/drafts/{id}/yaml",
                "POST /frameworks/drafts/{id}/yaml",
                "GET /frameworks/drafts/{id}/yaml/download",
                "GET /frameworks/drafts/{id}/preview",
                "POST /frameworks/drafts/{id}/publish",
                "POST /frameworks/drafts/{id}/discard")) {
            RULES.put(route, Rule.HQ_ADMIN);
        }
        RULES.put("GET /api/v1/units/{code}/agreement", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/agreements/{id}", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/agreements", Rule.EDIT_AGREEMENT);
        RULES.put("POST /api/v1/units/{code}/agreements/offices", Rule.START_OFFICES);
        RULES.put("PUT /api/v1/units/{code}/agreements/{id}/header", Rule.EDIT_AGREEMENT);
        RULES.put("PUT /api/v1/units/{code}/agreements/{id}/indicators", Rule.EDIT_AGREEMENT);
        RULES.put("POST /api/v1/units/{code}/agreements/{id}/sign", Rule.SIGN_AGREEMENT);
        RULES.put("GET /api/v1/units/{code}/realizations", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/realizations/{iku}/{period}", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/realizations/{iku}/{period}", Rule.ENTER);
        RULES.put("POST /api/v1/units/{code}/realizations/{iku}/{period}/submit", Rule.ENTER);
        RULES.put("POST /api/v1/units/{code}/realizations/{iku}/{period}/verify", Rule.VERIFY);
        RULES.put("POST /api/v1/units/{code}/realizations/{iku}/{period}/return", Rule.VERIFY);
        RULES.put("POST /api/v1/units/{code}/realizations/{iku}/{period}/approve", Rule.APPROVE);
        RULES.put("POST /api/v1/units/{code}/realizations/{iku}/{period}/unlock", Rule.UNLOCK);
        RULES.put("GET /api/v1/units/{code}/scores", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/planning-references", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/planning-references", Rule.EDIT_AGREEMENT);
        RULES.put("GET /api/v1/units/{code}/indicator-history", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/indicator-history", Rule.VERIFY);
        RULES.put("DELETE /api/v1/units/{code}/indicator-history/{iku}/{year}", Rule.VERIFY);
        RULES.put("GET /api/v1/units/{code}/document-settings", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/document-settings", Rule.DOCUMENTS);
        RULES.put("GET /api/v1/units/{code}/reports/{kind}", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/reports/batch", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/reports/batch/{id}", Rule.VIEW);
        RULES.put("GET /api/v1/units/{code}/reports/batch/{id}/download", Rule.VIEW);
        // the OpenAPI description and Swagger UI (springdoc): public, no data in them
        RULES.put("GET /v3/api-docs", Rule.PUBLIC);
        RULES.put("GET /v3/api-docs.yaml", Rule.PUBLIC);
        RULES.put("GET /v3/api-docs/swagger-config", Rule.PUBLIC);
        RULES.put("GET /swagger-ui.html", Rule.PUBLIC_REDIRECT);
        RULES.put("GET /api/v1/units/{code}/revenue/net", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/revenue/net/{year}", Rule.REVENUE_FIGURES);
        RULES.put("GET /api/v1/units/{code}/revenue/activities", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/revenue/activities/{activity}/{year}", Rule.REVENUE_FIGURES);
        RULES.put("GET /api/v1/units/{code}/revenue/months", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/revenue/months/{year}", Rule.REVENUE_FIGURES);
        RULES.put("GET /api/v1/units/{code}/revenue/realizations/{iku}/{period}", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/revenue/realizations/{iku}/{period}", Rule.ENTER);
        RULES.put("POST /api/v1/units/{code}/imports", Rule.IMPORT);
        RULES.put("GET /api/v1/units/{code}/budget", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/budget/kinds", Rule.EDIT_AGREEMENT);
        RULES.put("PUT /api/v1/units/{code}/budget/months", Rule.EDIT_AGREEMENT);
        RULES.put("GET /api/v1/units/{code}/awards", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/awards", Rule.EDIT_AGREEMENT);
        RULES.put("PUT /api/v1/units/{code}/awards/{id}", Rule.EDIT_AGREEMENT);
        RULES.put("GET /api/v1/units/{code}/innovations", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/innovations", Rule.EDIT_AGREEMENT);
        RULES.put("PUT /api/v1/units/{code}/innovations/{id}", Rule.EDIT_AGREEMENT);
        RULES.put("DELETE /api/v1/units/{code}/{kind:awards|innovations}/{id}", Rule.EDIT_AGREEMENT);
        RULES.put("PUT /api/v1/units/{code}/{kind:awards|innovations}/{id}/attachment", Rule.EDIT_AGREEMENT);
        RULES.put("DELETE /api/v1/units/{code}/{kind:awards|innovations}/{id}/attachment", Rule.EDIT_AGREEMENT);
        RULES.put("GET /api/v1/units/{code}/{kind:awards|innovations}/{id}/attachment", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/imports/{id}/apply", Rule.IMPORT);
        RULES.put("GET /units/{code}/exchange", Rule.VIEW);
        RULES.put("GET /units/{code}/exchange/export", Rule.VIEW);
        RULES.put("POST /units/{code}/exchange/import", Rule.IMPORT);
        RULES.put("POST /units/{code}/exchange/import/{id}/apply", Rule.IMPORT);
        // i9-ux: the result of an applied import (post/redirect/get), the narrative editor's session keep-alive
        RULES.put("GET /units/{code}/exchange/import/{id}", Rule.IMPORT);
        RULES.put("POST /session/keepalive", Rule.SIGNED_IN);
        // issue 12 item 1: units (the API's POST names its parent in the body: refused there, 400 here)
        RULES.put("GET /units/{code}/units", Rule.MANAGE_UNITS);
        RULES.put("GET /units/{code}/units/new", Rule.MANAGE_UNITS);
        RULES.put("POST /units/{code}/units", Rule.MANAGE_UNITS);
        RULES.put("GET /units/{code}/edit", Rule.MANAGE_UNIT);
        RULES.put("POST /units/{code}/edit", Rule.MANAGE_UNIT);
        RULES.put("POST /units/{code}/deactivate", Rule.MANAGE_UNIT);
        RULES.put("POST /units/{code}/reactivate", Rule.MANAGE_UNIT);
        RULES.put("POST /api/v1/units", Rule.SIGNED_IN);
        RULES.put("PUT /api/v1/units/{code}", Rule.MANAGE_UNIT);
        RULES.put("PATCH /api/v1/units/{code}", Rule.MANAGE_UNIT);
        RULES.put("POST /api/v1/units/{code}/deactivate", Rule.MANAGE_UNIT);
        RULES.put("POST /api/v1/units/{code}/reactivate", Rule.MANAGE_UNIT);
        // issue 13 item 5: the Kanwil's review (an unknown thread is 404 after the right)
        RULES.put("GET /units/{code}/review", Rule.VIEW);
        RULES.put("GET /units/{code}/reviews", Rule.VIEW);
        RULES.put("POST /units/{code}/review/threads", Rule.REVIEW);
        RULES.put("GET /api/v1/units/{code}/review/threads", Rule.VIEW);
        RULES.put("POST /api/v1/units/{code}/review/threads", Rule.REVIEW);
        RULES.put("POST /api/v1/units/{code}/review/threads/{id}/answer", Rule.ANSWER_REVIEW);
        RULES.put("POST /api/v1/units/{code}/review/threads/{id}/reply", Rule.REVIEW);
        RULES.put("POST /api/v1/units/{code}/review/threads/{id}/close", Rule.REVIEW);
        RULES.put("GET /api/v1/units/{code}/review/periods", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/review/periods/{period}", Rule.REVIEW);
        RULES.put("DELETE /api/v1/units/{code}/review/periods/{period}", Rule.REVIEW);
        RULES.put("POST /units/{code}/review/threads/{id}/answer", Rule.ANSWER_REVIEW);
        RULES.put("POST /units/{code}/review/threads/{id}/reply", Rule.REVIEW);
        RULES.put("POST /units/{code}/review/threads/{id}/close", Rule.REVIEW);
        RULES.put("POST /units/{code}/review/periods/{period}/reviewed", Rule.REVIEW);
        RULES.put("POST /units/{code}/review/periods/{period}/unmark", Rule.REVIEW);
        // issue 13 item 1: the year's calendar, seen by whoever sees the unit, set by an administrator of it or above
        RULES.put("GET /units/{code}/calendar", Rule.VIEW);
        RULES.put("POST /units/{code}/calendar", Rule.UNLOCK);
        RULES.put("GET /api/v1/units/{code}/calendar/{year}", Rule.VIEW);
        RULES.put("PUT /api/v1/units/{code}/calendar/{year}", Rule.UNLOCK);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    static long agreementId;
    static long evidenceId;

    @BeforeEach
    void officesOfTheTestsOwn() {
        if (units.findByCode(UNIT).isPresent()) {
            return;
        }
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        PerformanceAgreement pk = agreements.findCurrent(kupang.id(), 2024).orElseThrow();
        for (String code : List.of(UNIT, SIBLING)) {
            Unit u = units.create(new NewUnit(
                    code, "KPP Pratama Uji " + code, UnitType.KPP, "KANWIL-NUSRA", null, null, null, null, null));
            long id = agreements.create(
                    u.id(),
                    2024,
                    pk.frameworkVersionId(),
                    1,
                    "PK-UJI/" + code,
                    null,
                    "Uji",
                    AgreementStatus.DRAFT,
                    pk.firstParty(),
                    pk.secondParty(),
                    pk.indicators(),
                    pk.budget(),
                    "test");
            if (code.equals(UNIT)) {
                agreementId = id;
            }
        }
        accounts.create("rute.pa", "PA", "rahasia-uji-kinerja", UNIT, Set.of(Role.PERFORMANCE_ADMIN), Set.of(), "test");
        accounts.create("rute.pic", "PIC", "rahasia-uji-kinerja", UNIT, Set.of(Role.PIC), Set.of(IKU), "test");
        accounts.create("rute.head", "Head", "rahasia-uji-kinerja", UNIT, Set.of(Role.HEAD), Set.of(), "test");
        accounts.create("rute.viewer", "Viewer", "rahasia-uji-kinerja", UNIT, Set.of(Role.VIEWER), Set.of(), "test");
        // the account the account routes act on (disabled, reset, ...), so that the accounts signing in stay as they
        // are
        accounts.create("rute.sasaran", "Sasaran", "rahasia-uji-kinerja", UNIT, Set.of(Role.VIEWER), Set.of(), "test");
        accounts.create(
                "tetangga.semua",
                "Semua peran",
                "rahasia-uji-kinerja",
                SIBLING,
                Set.of(Role.values()),
                Set.of(IKU),
                "test");
        long unitId = units.findByCode(UNIT).orElseThrow().id();
        evidenceId = jdbc.sql("""
                        insert into evidence (unit_id, year, indicator_code, period, filename, content_type, size_bytes,
                            sha256, content, kind, uploaded_by)
                        values (?, 2024, ?, 'Q1', 'bukti.pdf', 'application/pdf', 9, ?, ?, 'REPORT', 'test') returning id""")
                .params(unitId, IKU, "0".repeat(64), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))
                .query(Long.class)
                .single();
    }

    record Route(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(m.name(), pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasARule() {
        Set<String> unlisted = new TreeSet<>();
        routes().forEach(r -> {
            if (!RULES.containsKey(r.key())) {
                unlisted.add(r.key());
            }
        });
        assertThat(unlisted)
                .as("routes without an authorization rule in this test")
                .isEmpty();
        Set<String> stale = new TreeSet<>(RULES.keySet());
        routes().forEach(r -> stale.remove(r.key()));
        assertThat(stale).as("rules for routes that no longer exist").isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            Rule rule = RULES.get(route.key());
            if (rule == null || rule == Rule.PUBLIC || rule == Rule.PUBLIC_REDIRECT) {
                continue;
            }
            for (String username : USERS) {
                int status = mvc.perform(request(route)
                                .with(user(users.loadUserByUsername(username)))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean allowed = rule.allowed.test(username, UNIT);
                if (allowed && (status == 403 || status == 401)) {
                    wrong.add(route.key() + " as " + username + ": refused (" + status + ") but should be allowed");
                } else if (!allowed && status != 403) {
                    wrong.add(
                            route.key() + " as " + username + ": answered " + status + " but should be refused (403)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPageEverywhereButTheSignInPage() throws Exception {
        for (Route route : routes()) {
            var response = mvc.perform(request(route).with(csrf())).andReturn().getResponse();
            int status = response.getStatus();
            if (RULES.get(route.key()) == Rule.PUBLIC_REDIRECT) {
                assertThat(status).as(route.key()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(route.key()).doesNotContain("/login");
            } else if (RULES.get(route.key()) == Rule.PUBLIC) {
                assertThat(status).as(route.key()).isEqualTo(200);
            } else {
                assertThat(status)
                        .as(route.key())
                        .isIn(
                                route.pattern().startsWith("/api/")
                                        ? new Integer[] {401}
                                        : new Integer[] {302, 401, 403});
            }
        }
    }

    @Test
    void nobodyOutsideTheKanwilSeesIt() throws Exception {
        for (String username : List.of("rute.pa", "rute.head", "tetangga.semua", "kupang.pic")) {
            for (String path : List.of(
                    "/units/KANWIL-NUSRA/dashboard",
                    "/units/KANWIL-NUSRA/kanwil",
                    "/units/KANWIL-NUSRA/agreement",
                    "/units/DJP/dashboard")) {
                int status = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as(path + " as " + username).isEqualTo(403);
            }
        }
        assertThat(mvc.perform(get("/units/KANWIL-NUSRA/kanwil").with(user(users.loadUserByUsername("nusra.reviewer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    /** A request for a route with the test's unit, IKU, period and ids, and harmless placeholder input. */
    AbstractMockHttpServletRequestBuilder<?> request(Route route) {
        String path = route.pattern()
                .replace("{code}", UNIT)
                .replace("{key}", "kata-pengantar")
                .replace("{iku}", IKU)
                .replace("{period}", "Q1")
                .replace("{kind:awards|innovations}", "awards")
                .replace("{kind}", route.pattern().contains("/recognitions/") ? "awards" : "nko")
                .replace("{pastYear}", "2023")
                .replace("{year}", route.pattern().contains("/revenue/") ? "2024" : "2023")
                .replace("{activity}", "PPM")
                .replace("{n}", "0")
                .replace("{username}", "rute.sasaran")
                .replace(
                        "{id}",
                        route.pattern().contains("/evidence/")
                                ? String.valueOf(evidenceId)
                                : String.valueOf(agreementId));
        AbstractMockHttpServletRequestBuilder<?> b;
        if (path.startsWith("/api/")) {
            // the API reads JSON and wants If-Match on writes (the empty realization's ETag)
            b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                            HttpMethod.valueOf(route.method()), path)
                    .header("If-Match", "\"none\"");
            boolean yaml = path.startsWith("/api/v1/frameworks/")
                    && (path.endsWith("/validate") || path.endsWith("/import") || path.endsWith("/yaml"));
            if (yaml && !route.method().equals("GET")) {
                // the framework text routes read a YAML body (a wrong media type would be a 415 before any rights)
                b.contentType("application/yaml").content("id: uji\nyear: 2024\n");
            } else if (!route.method().equals("GET")) {
                b.contentType(MediaType.APPLICATION_JSON).content("""
                        {"value": 12.5, "note": "uji", "reason": "alasan uji", "year": 2024, "kind": "nko"}""");
            }
            // format=html: the API's document route would otherwise draw a PDF for every account allowed to see it;
            // the access check comes first whatever the format (the PDF itself is ApiTest's)
            return b.param("year", "2024").param("period", "Q1").param("format", "html");
        } else if (route.method().equals("GET")) {
            b = get(path);
        } else if (path.endsWith("/evidence")) {
            MockMultipartHttpServletRequestBuilder m = multipart(path);
            m.file(new MockMultipartFile(
                    "file", "bukti.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            b = m;
        } else {
            b = post(path);
        }
        return b.param("year", "2024")
                .param("period", "Q1")
                .param("value", "12,5")
                .param("note", "uji")
                .param("content", "catatan uji")
                .param("reason", "alasan uji")
                .param("rowVersion", "0")
                .param("version", "0")
                .param("kind", "REPORT")
                .param("iku", IKU)
                .param("code", IKU)
                .param("targetNko", "100");
    }
}
