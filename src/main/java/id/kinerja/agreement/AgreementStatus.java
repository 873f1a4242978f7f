package id.kinerja.agreement;

/** Life of a performance agreement: drafted, signed (locked), superseded by a signed revision. */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    SUPERSEDED
}
