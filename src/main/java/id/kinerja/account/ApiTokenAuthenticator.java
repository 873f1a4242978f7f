package id.kinerja.account;

import java.util.Optional;

/**
 * The question "whose is this API token?", answered by the {@code api} module (which stores the tokens) for the
 * API's security chain here: dependency inversion, so that {@code account} does not depend on {@code api}.
 */
public interface ApiTokenAuthenticator {

    /** The username of the token's owner when the token exists, is not revoked and not expired; else empty. */
    Optional<String> authenticate(String token);
}
