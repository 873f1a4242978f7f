package id.kinerja.agreement;

import java.time.OffsetDateTime;

/**
 * A unit's draft agreement its first party has signed, waiting for the second party (the head of the unit above):
 * what that head's list shows.
 */
public record AwaitingSignature(
        long agreementId,
        long unitId,
        int year,
        int version,
        String number,
        String firstPartySignedBy,
        OffsetDateTime firstPartySignedAt) {}
