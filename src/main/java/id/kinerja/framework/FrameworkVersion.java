package id.kinerja.framework;

/** A framework file as recorded in the database: code, year, name and its version number. */
public record FrameworkVersion(long id, String code, int year, String name, int version, String source) {}
