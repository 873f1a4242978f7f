package id.kinerja.account;

import java.util.Set;

/**
 * What an administrator types for an account (new or edited): the username only counts for a new one. One unit per
 * account, with its roles there; the IKU only for a PIC.
 */
public record AccountForm(
        String username,
        String displayName,
        String email,
        String unitCode,
        Set<Role> roles,
        Set<String> indicatorCodes,
        boolean apiAccess) {}
