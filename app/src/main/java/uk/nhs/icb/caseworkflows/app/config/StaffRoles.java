package uk.nhs.icb.caseworkflows.app.config;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * Tells the container every role of {@link Roles#ALL}, from that one list: Payara answers "is the
 * caller in this role?" only for roles the application declares, and the pages no longer name the
 * roles in their constraints (they let any signed-in person in and check the role themselves).
 */
@WebListener
public class StaffRoles implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().declareRoles(Roles.ALL.toArray(String[]::new));
  }
}
