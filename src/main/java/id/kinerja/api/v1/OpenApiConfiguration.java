package id.kinerja.api.v1;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: title, and the bearer token scheme every operation needs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "tokenApi";

    @Bean
    OpenAPI kinerjaOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Kinerja REST API")
                                .version("v1")
                                .description(
                                        "Unit, manual IKU, perjanjian kinerja, realisasi (dengan alur kerja dan penguncian "
                                                + "optimistis ETag/If-Match), nilai kinerja dan dokumen. Autentikasi: token API pribadi "
                                                + "(buat di halaman Token API, `/account/tokens`), dikirim sebagai header `Authorization: Bearer <token>`. "
                                                + "Wewenang sama dengan akun pemilik token. Kesalahan: JSON `{status, error, message, field}`."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("kin_<awalan>_<rahasia>")
                                        .description("Token API pribadi dari halaman /account/tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
