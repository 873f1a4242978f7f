package id.kinerja.organisation;

import java.util.List;

/**
 * A unit to be created, or the new values of a stored one (its code never changes); its parent is named by code
 * (null for the root).
 *
 * @param areas the regencies/cities served, in order (null or empty: none)
 * @param staff the staff by group for Bab I's tables; null on an update keeps the stored groups
 */
public record NewUnit(
        String code,
        String name,
        UnitType type,
        String parentCode,
        String officialCode,
        String headName,
        String headNip,
        String headPosition,
        List<String> areas,
        String address,
        Integer staffCount,
        List<StaffGroup> staff) {

    public NewUnit {
        areas = areas == null ? List.of() : List.copyOf(areas);
        staff = staff == null ? null : List.copyOf(staff);
    }

    /**
     * The details the Excel "Unit" sheet and the demo file carry: the area as one phrase (split into regencies/cities
     * at commas and "dan"), no head NIP or position, staff groups unchanged.
     */
    public NewUnit(
            String code,
            String name,
            UnitType type,
            String parentCode,
            String officialCode,
            String headName,
            String area,
            String address,
            Integer staffCount) {
        this(
                code,
                name,
                type,
                parentCode,
                officialCode,
                headName,
                null,
                null,
                Units.splitArea(area),
                address,
                staffCount,
                null);
    }

    /** These values with the head's NIP and position and the staff groups of {@code stored} (the sheet has none). */
    public NewUnit keeping(Unit stored, List<StaffGroup> storedStaff) {
        return new NewUnit(
                code,
                name,
                type,
                parentCode,
                officialCode,
                headName,
                headNip != null ? headNip : stored.headNip(),
                headPosition != null ? headPosition : stored.headPosition(),
                areas,
                address,
                staffCount,
                staff != null ? staff : storedStaff);
    }
}
