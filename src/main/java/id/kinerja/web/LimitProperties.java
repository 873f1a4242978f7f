package id.kinerja.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request body limits per route ({@code kinerja.limits.*}), checked by {@link BodyLimitFilter} before anything reads
 * the body. Multipart uploads have Spring's multipart limits instead.
 *
 * @param apiBody the largest body of a JSON API request (/api/**), answered 413 as the API's JSON error
 * @param narrativeBody the largest body of a narrative's save (POST /units/{u}/narratives/{key}); Tomcat's form limit
 *     (server.tomcat.max-http-form-post-size) follows it
 * @param formBody the largest body of every other form
 */
@ConfigurationProperties("kinerja.limits")
@Validated
public record LimitProperties(
        @DefaultValue("1MB") @PositiveDataSize DataSize apiBody,
        @DefaultValue("2MB") @PositiveDataSize DataSize narrativeBody,
        @DefaultValue("1MB") @PositiveDataSize DataSize formBody) {}
