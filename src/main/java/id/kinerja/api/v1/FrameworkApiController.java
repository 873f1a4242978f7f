package id.kinerja.api.v1;

import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Manual IKU", description = "Versi manual IKU (kerangka kinerja) yang tercatat")
class FrameworkApiController {

    record VersionDto(long id, String code, int year, String name, int version, String source) {}

    record PerspectiveDto(String code, String name, String englishName, BigDecimal weight) {}

    record ObjectiveDto(String code, String name, String perspective, String description) {}

    record IndicatorDto(
            String code,
            String name,
            String objective,
            String unit,
            String polarity,
            String consolidation,
            String scoring,
            BigDecimal defaultWeight,
            BigDecimal cap,
            String definition,
            String formula,
            String dataSource,
            boolean composite) {}

    record FrameworkDto(
            VersionDto version,
            BigDecimal cap,
            List<PerspectiveDto> perspectives,
            List<ObjectiveDto> objectives,
            List<IndicatorDto> indicators) {}

    private final FrameworkCatalog catalog;

    FrameworkApiController(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Daftar versi manual IKU")
    List<VersionDto> list() {
        return catalog.all().stream().map(FrameworkApiController::dto).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu versi manual IKU", description = "Perspektif, sasaran strategis (SS) dan IKU.")
    FrameworkDto one(@PathVariable long id) {
        FrameworkVersion v =
                catalog.version(id).orElseThrow(() -> ApiProblem.notFound("Versi manual IKU tidak dikenal: " + id));
        Framework f = catalog.framework(id);
        return new FrameworkDto(
                dto(v),
                f.cap(),
                f.perspectives().stream()
                        .map(p -> new PerspectiveDto(p.code(), p.name(), p.englishName(), p.weight()))
                        .toList(),
                f.objectives().stream()
                        .map(o -> new ObjectiveDto(o.code(), o.name(), o.perspectiveCode(), o.description()))
                        .toList(),
                f.indicators().stream()
                        .map(i -> new IndicatorDto(
                                i.code(),
                                i.name(),
                                i.objectiveCode(),
                                i.unit() == null ? null : i.unit().name(),
                                i.polarity().name(),
                                i.consolidation().name(),
                                i.scoring().name(),
                                i.defaultWeight(),
                                i.cap(),
                                i.definition(),
                                i.formula(),
                                i.dataSource(),
                                i.isComposite()))
                        .toList());
    }

    private static VersionDto dto(FrameworkVersion v) {
        return new VersionDto(v.id(), v.code(), v.year(), v.name(), v.version(), v.source());
    }
}
