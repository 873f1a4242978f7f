package id.kinerja.account;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.regex.Pattern;

/** Creating accounts (the command line's {@code user add}, the demo), with validation and audit. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, UnitRepository units, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with an Indonesian message naming the field at fault
     */
    @Transactional
    public Account create(String username, String displayName, String password, String unitCode, Set<Role> roles,
                          Set<String> indicatorCodes, String createdBy) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Nama pengguna tidak sah: huruf kecil, angka, titik, garis (2-64 karakter)");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Nama pengguna sudah dipakai: " + username);
        }
        if (password == null || password.length() < 4) {
            throw new IllegalArgumentException("Kata sandi terlalu pendek (minimal 4 karakter)");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Peran wajib diisi");
        }
        if (roles.contains(Role.PIC) && indicatorCodes.isEmpty()) {
            throw new IllegalArgumentException("PIC IKU harus terikat pada minimal satu IKU");
        }
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new IllegalArgumentException("Unit tidak dikenal: " + unitCode));
        accounts.create(username, displayName, encoder.encode(password), unit.id(), roles, indicatorCodes);
        audit.record(createdBy, unit.id(), "account", username, AuditAction.CREATE, null, roles + " " + indicatorCodes, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
