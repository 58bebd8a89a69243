package org.lifeline.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** How the published OpenAPI document at /v3/api-docs introduces the JSON API and its sign-in. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Lifeline API", version = "v1",
		description = "Territory, residents, zones, requests and access for locked-down compounds. Errors are "
				+ "application/problem+json naming the field at fault; ids outside the caller's scope answer 404."),
		security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token") })
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A token from POST /api/v1/tokens")
class ApiDocumentation {
}
