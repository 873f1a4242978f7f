package id.kinerja.api;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it in the list: never its secret, which is stored only hashed. */
public record ApiToken(
        long id,
        long userId,
        String name,
        String prefix,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(OffsetDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public boolean active(OffsetDateTime now) {
        return !revoked() && !expired(now);
    }
}
