package uk.nhs.icb.caseworkflows.common.retention.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionReview;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.Flash;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * {@code /retention}: the records due for review and the certificates of destruction; {@code
 * /retention/<type>/<id>}: one record, with the forms to keep it longer or destroy it. The same use
 * cases as the REST resource, for information-governance officers only.
 */
@WebServlet(RetentionPages.PATH + "/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.IG_OFFICER))
public class RetentionPages extends HttpServlet {

  static final String PATH = "/retention";
  private static final String UNTIL = "retainUntil";
  private static final String UNTIL_LABEL = "The date to keep it until";

  private static final Pattern RECORD = Pattern.compile("^/([a-z]+)/([A-Za-z0-9-]{1,100})$");
  private static final Pattern DECISION =
      Pattern.compile("^/([a-z]+)/([A-Za-z0-9-]{1,100})/(extension|destruction)$");

  /** What to say when a reason box is left empty. */
  private static final Map<String, String> WHEN_MISSING =
      Map.of(
          "appraisal", "Enter why the record is no longer needed",
          "reason", "Enter why the record must be kept");

  @Inject private RetentionReview review;
  @Inject private PageRenderer pages;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      if (path.isEmpty() || path.equals("/")) {
        pages.render(request, response, listPage());
        return;
      }
      Matcher record = RECORD.matcher(path);
      if (!record.matches()) {
        pages.notFound(request, response);
        return;
      }
      pages.render(
          request,
          response,
          recordPage(record.group(1), record.group(2), nothingTyped(), blankDate()));
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher decision = DECISION.matcher(path);
    if (!decision.matches()) {
      pages.notFound(request, response);
      return;
    }
    String type = decision.group(1);
    String id = decision.group(2);
    boolean destruction = decision.group(3).equals("destruction");
    FormValues typed = FormValues.of(request, FieldLimits.NONE);
    DateInput.Result until =
        destruction
            ? DateInput.parse(
                UNTIL,
                UNTIL_LABEL,
                true,
                typed.typed(UNTIL + "-day"),
                typed.typed(UNTIL + "-month"),
                typed.typed(UNTIL + "-year"))
            : typed.date(UNTIL, UNTIL_LABEL, true);
    if (!typed.errors().isEmpty() && typed.typed("reason").isBlank()) {
      typed.errors().add("reason", WHEN_MISSING.get("reason"));
    }
    try {
      String next =
          CasePages.attempt(
              destruction ? "appraisal" : "reason",
              typed,
              () ->
                  destruction
                      ? destroy(request, type, id, typed)
                      : extend(request, type, id, typed, until),
              error ->
                  new FormErrors.FieldProblem(
                      error.field().equals(UNTIL) ? until.fieldId() : error.field(),
                      messageFor(error)));
      if (next != null) {
        response.sendRedirect(request.getContextPath() + next);
        return;
      }
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
      return;
    }
    Map<String, String> shown = nothingTyped();
    shown.replaceAll((field, empty) -> typed.typed(field));
    pages.render(request, response, recordPage(type, id, shown, until).withErrors(typed.errors()));
  }

  /** Destroys the record; returns where to go next. */
  private String destroy(HttpServletRequest request, String type, String id, FormValues typed) {
    DestructionCertificate certificate = review.destroy(type, id, typed.typed("appraisal"));
    Flash.success(
        request,
        "Record "
            + certificate.reference()
            + " was destroyed. Certificate "
            + certificate.number()
            + " is kept in the register.");
    return PATH;
  }

  /** Keeps the record longer; returns where to go next. */
  private String extend(
      HttpServletRequest request,
      String type,
      String id,
      FormValues typed,
      DateInput.Result until) {
    RetainedRecord record =
        review.extend(type, id, until.value().orElseThrow(), typed.typed("reason"));
    Flash.success(
        request,
        "Record "
            + record.reference()
            + " will be kept until "
            + PageFormats.date(record.retainUntil())
            + ".");
    return PATH + "/" + type + "/" + id;
  }

  private static String messageFor(FieldError error) {
    if (error.field().equals(UNTIL)) {
      return UNTIL_LABEL + " " + error.reason();
    }
    String whenMissing = WHEN_MISSING.get(error.field());
    if (whenMissing == null) {
      return error.field() + " " + error.reason();
    }
    return error.reason().equals("is required")
        ? whenMissing
        : "The reason must be " + RetainedRecord.MAX_REASON_LENGTH + " characters or fewer";
  }

  private PageView listPage() {
    return RetentionPageModels.list(review.due(), review.certificates());
  }

  private PageView recordPage(
      String type, String id, Map<String, String> typed, DateInput.Result until) {
    RetainedRecord record = review.record(type, id);
    return RetentionPageModels.record(
        record, review.certificateOf(type, id), LocalDate.now(clock), typed, until);
  }

  /** Every text box of the record page, empty: the template names each one. */
  static Map<String, String> nothingTyped() {
    Map<String, String> typed = new HashMap<>();
    typed.put("appraisal", "");
    typed.put("reason", "");
    return typed;
  }

  static DateInput.Result blankDate() {
    return DateInput.parse(UNTIL, UNTIL_LABEL, false, "", "", "");
  }
}
