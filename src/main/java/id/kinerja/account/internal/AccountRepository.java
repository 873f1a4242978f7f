package id.kinerja.account.internal;

import id.kinerja.account.Account;
import id.kinerja.account.Role;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return jdbc.sql(SELECT + " where " + condition)
                .param(value)
                .query(AccountRow.class)
                .optional()
                .map(this::account);
    }

    private static final String SELECT = """
            select id, username, display_name, password_hash, unit_id, enabled, email, language, must_change_password,
                   api_access, last_sign_in_at, disabled_at, disabled_by
            from app_user""";

    private Account account(AccountRow r) {
        return new Account(
                r.id(),
                r.username(),
                r.displayName(),
                r.passwordHash(),
                r.unitId(),
                units.findById(r.unitId()).map(Unit::code).orElseThrow(),
                r.enabled(),
                roles(r.id()),
                indicators(r.id()),
                r.email(),
                r.language(),
                r.mustChangePassword(),
                r.apiAccess(),
                r.lastSignInAt(),
                r.disabledAt(),
                r.disabledBy());
    }

    /** An {@code app_user} row; the account adds its unit's code, roles and IKU. */
    private record AccountRow(
            long id,
            String username,
            String displayName,
            String passwordHash,
            long unitId,
            boolean enabled,
            String email,
            String language,
            boolean mustChangePassword,
            boolean apiAccess,
            OffsetDateTime lastSignInAt,
            OffsetDateTime disabledAt,
            String disabledBy) {}

    /** The accounts of these units, by unit and username: four queries whatever their number. */
    public List<Account> findByUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<AccountRow> rows = jdbc.sql(SELECT + " where unit_id in (:units) order by unit_id, username")
                .param("units", unitIds)
                .query(AccountRow.class)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(AccountRow::id).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from user_role where user_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> roles.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Role.class))
                        .add(e.getValue()));
        Map<Long, Set<String>> indicators = new HashMap<>();
        jdbc.sql("select user_id, indicator_code from user_indicator where user_id in (:ids) order by indicator_code")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> indicators
                        .computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                        .add(e.getValue()));
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.code()));
        return rows.stream()
                .map(r -> new Account(
                        r.id(),
                        r.username(),
                        r.displayName(),
                        r.passwordHash(),
                        r.unitId(),
                        codes.get(r.unitId()),
                        r.enabled(),
                        roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class)),
                        indicators.getOrDefault(r.id(), new LinkedHashSet<>()),
                        r.email(),
                        r.language(),
                        r.mustChangePassword(),
                        r.apiAccess(),
                        r.lastSignInAt(),
                        r.disabledAt(),
                        r.disabledBy()))
                .toList();
    }

    /** Display name, e-mail and language of an account. */
    public void updateProfile(long userId, String displayName, String email, String language) {
        jdbc.sql("update app_user set display_name = ?, email = ?, language = ? where id = ?")
                .params(displayName, email, language, userId)
                .update();
    }

    /** Unit, roles, IKU and API right of an account, in one transaction. */
    @Transactional
    public void updateAssignment(
            long userId, long unitId, Set<Role> roles, Set<String> indicatorCodes, boolean apiAccess) {
        jdbc.sql("update app_user set unit_id = ?, api_access = ? where id = ?")
                .params(unitId, apiAccess, userId)
                .update();
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_indicator where user_id = ?").param(userId).update();
        insertRoles(userId, roles, indicatorCodes);
    }

    /** Disables (by whom, now) or enables an account. */
    public void updateEnabled(long userId, boolean enabled, String by) {
        jdbc.sql("""
                        update app_user set enabled = ?,
                            disabled_at = case when ? then null else now() end,
                            disabled_by = case when ? then null else ? end
                        where id = ?""").params(enabled, enabled, enabled, by, userId).update();
    }

    /** Sets a temporary password that the next sign-in must change. */
    public void setTemporaryPassword(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = true where id = ?")
                .params(passwordHash, userId)
                .update();
    }

    /** Notes a sign-in now. */
    public void touchSignIn(long userId) {
        jdbc.sql("update app_user set last_sign_in_at = now() where id = ?")
                .param(userId)
                .update();
    }

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
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false where id = ?")
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
            Set<String> indicatorCodes,
            String email,
            boolean mustChangePassword,
            boolean apiAccess) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id, email,
                                              must_change_password, api_access)
                        values (?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(username, displayName, passwordHash, unitId, email, mustChangePassword, apiAccess)
                .query(Long.class)
                .single();
        insertRoles(id, roles, indicatorCodes);
        return id;
    }

    private void insertRoles(long id, Set<Role> roles, Set<String> indicatorCodes) {
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
    }
}
