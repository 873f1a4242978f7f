package id.kinerja.organisation;

/** One node of the organisation tree (DJP > Kanwil > KPP > KP2KP / sections). */
public record Unit(
        long id,
        String code,
        String name,
        UnitType type,
        Long parentId,
        String officialCode,
        String headName,
        String area,
        String address,
        Integer staffCount) {}
