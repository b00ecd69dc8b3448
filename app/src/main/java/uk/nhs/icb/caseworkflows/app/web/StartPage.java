package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The start of the service is the task list; anyone not signed in is sent on to sign in. */
@WebServlet(urlPatterns = {"", "/home"})
public class StartPage extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + TasksPage.PATH);
  }
}
