package id.kinerja.demo;

import id.kinerja.account.AccountRepository;
import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** The demo's accounts (password {@value #PASSWORD}), one per role of docs/domain.md §1. */
@Component
public class DemoAccounts {

    static final String PASSWORD = "demo";

    /** An account of the demo, as printed at start-up. */
    public record DemoAccount(String username, String name, String unit, Set<Role> roles, Set<String> indicators) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator DJP", "DJP", Set.of(Role.ADMINISTRATOR), Set.of()),
            new DemoAccount("kupang.admin", "Pengelola Kinerja KPP Pratama Kupang", "KPP-KUPANG",
                    Set.of(Role.PERFORMANCE_ADMIN), Set.of()),
            new DemoAccount("kupang.pic", "PIC IKU SS1-SS3 KPP Pratama Kupang", "KPP-KUPANG", Set.of(Role.PIC),
                    Set.of("01a-CP", "01b-CP", "02a-CP", "02b-CP", "03a-CP")),
            new DemoAccount("kupang.head", "Rimedi Tarigan", "KPP-KUPANG", Set.of(Role.HEAD), Set.of()),
            new DemoAccount("nusra.reviewer", "Evaluator Kanwil DJP Nusa Tenggara", "KANWIL-NUSRA",
                    Set.of(Role.REVIEWER), Set.of()));

    private final AccountService service;
    private final AccountRepository accounts;

    DemoAccounts(AccountService service, AccountRepository accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    /** Creates the demo accounts that do not exist yet. */
    @Transactional
    public void ensure() {
        for (DemoAccount a : ACCOUNTS) {
            if (accounts.findByUsername(a.username()).isEmpty()) {
                service.create(a.username(), a.name(), PASSWORD, a.unit(), a.roles(), a.indicators(), "demo");
            }
        }
    }

    /** The lines printed at start-up. */
    public static String describe() {
        StringBuilder sb = new StringBuilder("Akun demo (demo accounts), kata sandi / password '" + PASSWORD + "':\n");
        for (DemoAccount a : ACCOUNTS) {
            sb.append(String.format("  %-16s %-13s %s%s%n", a.username(), a.unit(),
                    a.roles().stream().map(Role::indonesian).sorted().toList(),
                    a.indicators().isEmpty() ? "" : " IKU " + a.indicators().stream().sorted().toList()));
        }
        return sb.toString();
    }
}
