package id.kinerja.organisation;

/** One row of a Bab I staff table: e.g. grouping RANK, label "III", 52 staff. */
public record StaffGroup(StaffGrouping grouping, String label, int count) {}
