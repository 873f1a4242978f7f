package id.kinerja.agreement;

/**
 * Published when a performance agreement (PK) version is signed and becomes the unit's current agreement of its
 * year, inside the signing transaction; kept in the event publication registry until every listener has handled it.
 */
public record AgreementSigned(long agreementId, long unitId, int year, int version, String signedBy) {}
