package uk.nhs.icb.caseworkflows.app.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API under /api; resources and providers of every module are found by scanning. Callers
 * authenticate with either scheme: a bearer JWT access token from the ICB's OpenID Connect provider
 * (services use the client-credentials grant), or HTTP Basic with a built-in account, as
 * configuration allows.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ICB Case Workflows API",
            version = "0.1.0",
            description =
                "Complaints, NHS Continuing Healthcare and Individual Funding Request cases of an"
                    + " Integrated Care Board. Errors are application/problem+json (RFC 9457)."),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description =
          "An access token from the ICB's OpenID Connect provider (app.security.oidc.issuer), for"
              + " this application's audience; services get one with the client-credentials grant."
              + " Offered when app.security.sign-in.mode is oidc or both."),
  @SecurityScheme(
      securitySchemeName = "basic",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description =
          "A built-in account's user name and password. Offered when app.security.sign-in.mode is"
              + " built-in (the default) or both.")
})
public class RestApplication extends Application {}
