package id.kinerja.demo;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.database.DatabaseMode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's accounts, one per role of docs/domain.md §1. On the embedded database (a trial on one machine) they sign
 * in with {@value #PASSWORD}, and the login page says so; on an external database ({@code KINERJA_DEMO=true}) they get
 * a generated password that keeps the password policy, printed once at start-up.
 */
@Component
public class DemoAccounts {

    static final String PASSWORD = "demo";

    /** An account of the demo, as printed at start-up. */
    public record DemoAccount(String username, String name, String unit, Set<Role> roles, Set<String> indicators) {}

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator DJP", "DJP", Set.of(Role.ADMINISTRATOR), Set.of()),
            new DemoAccount(
                    "kupang.admin",
                    "Pengelola Kinerja KPP Pratama Kupang",
                    "KPP-KUPANG",
                    Set.of(Role.PERFORMANCE_ADMIN),
                    Set.of()),
            new DemoAccount(
                    "kupang.pic",
                    "PIC IKU SS1-SS3 KPP Pratama Kupang",
                    "KPP-KUPANG",
                    Set.of(Role.PIC),
                    Set.of("01a-CP", "01b-CP", "02a-CP", "02b-CP", "03a-CP")),
            new DemoAccount("kupang.head", "Rimedi Tarigan", "KPP-KUPANG", Set.of(Role.HEAD), Set.of()),
            new DemoAccount(
                    "nusra.reviewer",
                    "Evaluator Kanwil DJP Nusa Tenggara",
                    "KANWIL-NUSRA",
                    Set.of(Role.REVIEWER),
                    Set.of()));

    private final AccountService service;
    private final DatabaseMode mode;

    DemoAccounts(AccountService service, DatabaseMode mode) {
        this.service = service;
        this.mode = mode;
    }

    /**
     * Creates the demo accounts that do not exist yet and answers the lines to print: the accounts and their password
     * (on an external database the generated one, shown only when this start created the accounts).
     */
    @Transactional
    public String ensure() {
        String password = mode.isEmbedded() ? PASSWORD : generated();
        boolean created = false;
        for (DemoAccount a : ACCOUNTS) {
            if (service.findByUsername(a.username()).isEmpty()) {
                if (mode.isEmbedded()) {
                    service.createDemo(a.username(), a.name(), PASSWORD, a.unit(), a.roles(), a.indicators());
                } else {
                    service.create(a.username(), a.name(), password, a.unit(), a.roles(), a.indicators(), "demo");
                }
                created = true;
            }
        }
        if (mode.isEmbedded()) {
            service.announceDemoPasswords();
        }
        return describe(mode.isEmbedded() || created ? password : null);
    }

    private static String generated() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The lines printed at start-up; {@code password} null when it is not known (accounts made by an earlier start). */
    static String describe(String password) {
        StringBuilder sb = new StringBuilder(
                password == null
                        ? "Akun demo (demo accounts), kata sandi yang ditetapkan saat akun dibuat / the password set when they were created:\n"
                        : "Akun demo (demo accounts), kata sandi / password '" + password + "':\n");
        for (DemoAccount a : ACCOUNTS) {
            sb.append(String.format(
                    "  %-16s %-13s %s%s%n",
                    a.username(),
                    a.unit(),
                    a.roles().stream().map(Role::indonesian).sorted().toList(),
                    a.indicators().isEmpty()
                            ? ""
                            : " IKU " + a.indicators().stream().sorted().toList()));
        }
        return sb.toString();
    }
}
