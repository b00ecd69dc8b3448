package uk.nhs.icb.caseworkflows.app.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * The one datasource of the application, chosen by configuration alone: the defaults in
 * microprofile-config.properties give H2 in a file under the working directory, and the environment
 * variables APP_DB_CLASS, APP_DB_URL, APP_DB_USER and APP_DB_PASSWORD switch it to PostgreSQL. The
 * pool leaves room for the engine's job threads beside the HTTP threads.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = AppDataSource.JNDI_NAME,
    className = "${MPCONFIG=app.db.class}",
    url = "${MPCONFIG=app.db.url}",
    user = "${MPCONFIG=app.db.user}",
    password = "${MPCONFIG=app.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class ApplicationDataSource {}
