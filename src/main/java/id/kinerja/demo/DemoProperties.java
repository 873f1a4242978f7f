package id.kinerja.demo;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whether the demo data set (KPP Pratama Kupang 2024) is loaded ({@code kinerja.demo}).
 *
 * @param demo auto: on the first start of an embedded database; true: also on an external database (on its first
 *     start only); false: never
 */
@ConfigurationProperties("kinerja")
@Validated
public record DemoProperties(@DefaultValue("auto") @NotNull Demo demo) {

    /** The values of {@code kinerja.demo}. */
    public enum Demo {
        /** Load the demo on the first start of an embedded database. */
        AUTO,
        /** Load the demo on any database, on its first start. */
        TRUE,
        /** Never load the demo. */
        FALSE
    }
}
