package id.kinerja.organisation;

import java.time.Instant;
import java.util.List;

/**
 * One node of the organisation tree (DJP > Kanwil > KPP > KP2KP / sections), docs/domain.md "2. Organisation".
 *
 * @param areas     the regencies/cities the unit serves, in its order (empty when not given)
 * @param active    false once deactivated: shown as such, kept with its data, not offered for new data
 * @param updatedAt when the unit was last changed in the app (null: never since it was created)
 * @param updatedBy who changed it last (null: never)
 */
public record Unit(
        long id,
        String code,
        String name,
        UnitType type,
        Long parentId,
        String officialCode,
        String headName,
        String headNip,
        String headPosition,
        List<String> areas,
        String address,
        Integer staffCount,
        boolean active,
        Instant updatedAt,
        String updatedBy) {

    public Unit {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /**
     * The area served as one Indonesian phrase ("Kota Kupang, Kabupaten Kupang, dan Kabupaten Alor"), as documents
     * print it; null when no area is given.
     */
    public String area() {
        return Units.areaText(areas);
    }
}
