package id.kinerja.evidence;

import id.kinerja.web.PositiveDataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence storage ({@code kinerja.evidence.*}).
 *
 * @param unitQuota the evidence files one unit may store in all; an upload past it is refused with the unit's usage
 */
@ConfigurationProperties("kinerja.evidence")
@Validated
public record EvidenceProperties(
        @DefaultValue("500MB") @PositiveDataSize DataSize unitQuota) {}
