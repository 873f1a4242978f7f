package id.kinerja.agreement;

/**
 * The two parties of a performance agreement (docs/domain.md, "Signing the PK"): the first party is the unit's own
 * head, the second the head of the unit above it (the Kanwil's head for a KPP). Both sign; the agreement is in force
 * only once both have.
 */
public enum AgreementParty {
    FIRST,
    SECOND
}
