package id.kinerja.api.internal;

import id.kinerja.api.ApiToken;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_token} table (V6): the API module's only SQL. A token's owner (username, enabled) is the account
 * module's ({@code AccountService.findById}).
 */
@Repository
public class ApiTokenRepository {

    /** A stored token with its hash, for checking a presented token. */
    public record Stored(ApiToken token, byte[] secretHash) {}

    private static final String COLUMNS = """
            t.id, t.user_id, t.name, t.prefix, t.created_at, t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by""";

    /** A token row with its hash: the columns of {@link ApiToken} and {@code secret_hash}. */
    private record StoredRow(
            long id,
            long userId,
            String name,
            String prefix,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt,
            String revokedBy,
            byte[] secretHash) {

        Stored stored() {
            return new Stored(
                    new ApiToken(id, userId, name, prefix, createdAt, expiresAt, lastUsedAt, revokedAt, revokedBy),
                    secretHash);
        }
    }

    private final JdbcClient jdbc;

    public ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String prefix, byte[] secretHash, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                        insert into api_token (user_id, name, prefix, secret_hash, expires_at) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(userId, name, prefix, secretHash, expiresAt)
                .query(Long.class)
                .single();
    }

    public List<ApiToken> findByUser(long userId) {
        return jdbc.sql("select " + COLUMNS
                        + " from api_token t where t.user_id = ? order by t.created_at desc, t.id desc")
                .param(userId)
                .query(ApiToken.class)
                .list();
    }

    public Optional<ApiToken> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.id = ?")
                .param(id)
                .query(ApiToken.class)
                .optional();
    }

    public Optional<Stored> findByPrefix(String prefix) {
        return jdbc.sql("select " + COLUMNS + """
                        , t.secret_hash from api_token t where t.prefix = ?""")
                .param(prefix)
                .query(StoredRow.class)
                .optional()
                .map(StoredRow::stored);
    }

    /** Records a use, at most once a minute per token (so that a busy client does not write on every call). */
    public void touch(long id) {
        jdbc.sql("""
                        update api_token set last_used_at = now()
                        where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(id).update();
    }

    public boolean revoke(long id, String by) {
        return jdbc.sql("update api_token set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
                        .params(by, id)
                        .update()
                == 1;
    }
}
