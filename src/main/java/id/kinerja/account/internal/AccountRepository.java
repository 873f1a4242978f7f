package id.kinerja.account.internal;

import id.kinerja.account.Account;
import id.kinerja.account.Role;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables {@code app_user}, {@code user_role} and {@code user_indicator}. The code of an account's unit comes from
 * the organisation module ({@link Units}), which owns the table {@code unit}.
 */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;
    private final Units units;

    AccountRepository(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Optional<Account> findByUsername(String username) {
        return find("username = ?", username);
    }

    public Optional<Account> findById(long id) {
        return find("id = ?", id);
    }

    private Optional<Account> find(String condition, Object value) {
        return jdbc.sql("select id, username, display_name, password_hash, unit_id, enabled from app_user where "
                        + condition)
                .param(value)
                .query(AccountRow.class)
                .optional()
                .map(r -> new Account(
                        r.id(),
                        r.username(),
                        r.displayName(),
                        r.passwordHash(),
                        r.unitId(),
                        units.findById(r.unitId()).map(Unit::code).orElseThrow(),
                        r.enabled(),
                        roles(r.id()),
                        indicators(r.id())));
    }

    /** An {@code app_user} row; the account adds its unit's code, roles and IKU. */
    private record AccountRow(
            long id, String username, String displayName, String passwordHash, long unitId, boolean enabled) {}

    public List<String> usernames() {
        return jdbc.sql("select username from app_user order by id")
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> indicators(long userId) {
        return new LinkedHashSet<>(
                jdbc.sql("select indicator_code from user_indicator where user_id = ? order by indicator_code")
                        .param(userId)
                        .query(String.class)
                        .list());
    }

    /** Replaces an account's password hash. */
    public void updatePasswordHash(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, userId)
                .update();
    }

    /** Creates an account with its roles and IKU, in one transaction. */
    @Transactional
    public long create(
            String username,
            String displayName,
            String passwordHash,
            long unitId,
            Set<Role> roles,
            Set<String> indicatorCodes) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id) values (?, ?, ?, ?)
                        returning id""")
                .params(username, displayName, passwordHash, unitId)
                .query(Long.class)
                .single();
        for (Role r : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .params(id, r.name())
                    .update();
        }
        for (String code : new ArrayList<>(indicatorCodes)) {
            jdbc.sql("insert into user_indicator (user_id, indicator_code) values (?, ?)")
                    .params(id, code)
                    .update();
        }
        return id;
    }
}
