package id.kinerja.framework;

/**
 * Published when a framework version (a year's Manual IKU) is stored as a new published version, inside the storing
 * transaction; kept in the event publication registry until every listener has handled it.
 */
public record FrameworkPublished(long versionId, String code, int year, int version) {}
