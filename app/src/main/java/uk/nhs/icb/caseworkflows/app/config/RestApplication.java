package uk.nhs.icb.caseworkflows.app.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api; resources and providers of every module are found by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ICB Case Workflows API",
            version = "0.1.0",
            description =
                "Complaints, NHS Continuing Healthcare and Individual Funding Request cases of an"
                    + " Integrated Care Board. Errors are application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
