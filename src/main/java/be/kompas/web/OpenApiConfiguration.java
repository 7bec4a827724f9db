package be.kompas.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API description at {@code /v3/api-docs}: personal tokens as bearer credentials on every non-public path. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kompasOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kompas API").version("v1")
                        .description("Integrity management for police services. Create a personal API token on your"
                                + " profile page and send it as 'Authorization: Bearer <token>'. Paths under"
                                + " /api/v1/public need no token."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
