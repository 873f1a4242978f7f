package id.kinerja.search;

/**
 * One result of the search: what it is ({@code kind}: UNIT, INDICATOR or NARRATIVE, its label in the bundles as
 * {@code search.kind.<KIND>}), the name as the user's data has it, more of it where there is some, and its page.
 */
public record SearchHit(String kind, String name, String detail, String href) {}
