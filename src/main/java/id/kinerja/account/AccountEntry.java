package id.kinerja.account;

/** An account as an administrator's list shows it: the account, its state, and whether this administrator may change it. */
public record AccountEntry(Account account, AccountState state, boolean manageable) {}
