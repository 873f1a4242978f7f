package id.kinerja.organisation;

/** A unit to be created; its parent is named by code (null for the root). */
public record NewUnit(
        String code,
        String name,
        UnitType type,
        String parentCode,
        String officialCode,
        String headName,
        String area,
        String address,
        Integer staffCount) {}
