package id.kinerja.revenue;

/** A tax type of the DJP taxonomy (docs/domain.md §6); a group row has no group code. */
public record TaxType(String code, String name, String groupCode, int sortOrder) {}
