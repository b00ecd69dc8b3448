package uk.nhs.icb.caseworkflows.common.persistence;

/** Where the shared datasource is found; one name so that nothing can pick a different database. */
public final class AppDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/appDS";
  public static final String PERSISTENCE_UNIT = "icb";

  private AppDataSource() {}
}
