package id.kinerja.api.v1;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The If-Match header of a write, as the OpenAPI description shows it. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
        in = ParameterIn.HEADER,
        name = "If-Match",
        required = true,
        description = "ETag dari GET realisasi ini ('\"none\"' bila belum ada isian). Tanpa: 428; basi: 412.")
@interface IfMatch {}
