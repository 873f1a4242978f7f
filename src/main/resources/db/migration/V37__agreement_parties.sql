-- Both parties sign a performance agreement (docs/domain.md, "Signing the PK"): the first party (the office's
-- head) and the second party (the head of the parent unit). Each signature is kept with who gave it and when; the
-- agreement is SIGNED (in force) only once both are there, and signed_by/signed_at then say who completed it.
alter table performance_agreement
    add column first_party_signed_by  varchar(128),
    add column first_party_signed_at  timestamptz,
    add column second_party_signed_by varchar(128),
    add column second_party_signed_at timestamptz;

-- Agreements signed before this version were signed by both parties on paper (the demo's PK says "Ditandatangani
-- Secara Elektronik" by both): both signatures are recorded as the one signature known.
update performance_agreement
set first_party_signed_by  = coalesce(signed_by, created_by),
    first_party_signed_at  = coalesce(signed_at, created_at),
    second_party_signed_by = coalesce(signed_by, created_by),
    second_party_signed_at = coalesce(signed_at, created_at)
where status in ('SIGNED', 'SUPERSEDED');

alter table performance_agreement
    add constraint performance_agreement_signature_pairs check (
        (first_party_signed_by is null) = (first_party_signed_at is null)
        and (second_party_signed_by is null) = (second_party_signed_at is null));
