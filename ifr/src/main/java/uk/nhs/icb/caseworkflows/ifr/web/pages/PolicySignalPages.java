package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.ConfirmForm;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.PolicySignalling;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignal;

/**
 * The service-development signals, the coordinator's task pages: {@code /ifr-policy-signals} (every
 * signal), {@code /ifr-policy-signals/{id}} (the treatment, the requests that made the pattern,
 * each linked to its file) and its one form, {@code referral}: the treatment was put to the ICB's
 * policy process, which completes the task. Signals are raised by the system, never typed in.
 */
@WebServlet(urlPatterns = {"/ifr-policy-signals", "/ifr-policy-signals/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class PolicySignalPages extends CasePages<PolicySignal> {

  static final String PATH = "/ifr-policy-signals";

  @Inject PolicySignalling signalling;
  @Inject Referral referral;

  @Override
  protected String path() {
    return PATH;
  }

  @Override
  protected Set<String> team() {
    return Set.of(Roles.IFR_COORDINATOR);
  }

  @Override
  protected String noAccess(Caller caller) {
    return "Service-development signals are the IFR coordinators'.";
  }

  @Override
  protected String notForYou() {
    return "Only an IFR coordinator refers a signal to the policy process.";
  }

  @Override
  protected FieldLimits limits() {
    return FieldLimits.NONE;
  }

  @Override
  protected PageView listPage(HttpServletRequest request) {
    List<Map<String, Object>> signals =
        signalling.all().stream()
            .map(
                signal ->
                    Map.<String, Object>of(
                        "id", signal.id(),
                        "reference", signal.reference(),
                        "raised", Text.day(signal.raisedOn()),
                        "requests", signal.requestIds().size(),
                        "referred", signal.isReferred()))
            .toList();
    return PageView.of(
        "Service-development signals",
        "ifr/signals",
        Map.of("signals", signals, "hasSignals", !signals.isEmpty()));
  }

  @Override
  protected PageView casePage(String id, HttpServletRequest request) {
    PolicySignalling.SignalFile file = signalling.read(id);
    PolicySignal signal = file.signal();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", id);
    model.put("reference", signal.reference());
    model.put("treatment", file.treatment());
    model.put("raised", Text.day(signal.raisedOn()));
    model.put("referred", signal.isReferred());
    model.put("referredOn", signal.referredOn().map(Text::day).orElse(""));
    model.put(
        "requests",
        file.requests().stream()
            .map(
                linked -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("id", linked.id());
                  row.put("held", linked.reference() != null);
                  row.put("reference", linked.reference());
                  row.put("status", linked.status());
                  row.put(
                      "received", linked.receivedOn() == null ? "" : Text.day(linked.receivedOn()));
                  return row;
                })
            .toList());
    return PageView.of("Service-development signal: " + file.treatment(), "ifr/signal", model);
  }

  @Override
  protected Intake intake() {
    return NO_INTAKE;
  }

  @Override
  protected Optional<? extends CaseForm<PolicySignal>> form(String path) {
    return path.equals(referral.path()) ? Optional.of(referral) : Optional.empty();
  }

  @Override
  protected <T> T read(String id, Function<PolicySignal, T> reader) {
    return signalling.peek(id, reader);
  }

  @Override
  protected String referenceOf(PolicySignal signal) {
    return "Signal " + signal.reference();
  }

  /** The signal was put to the policy process: its task is done. */
  @ApplicationScoped
  public static class Referral extends ConfirmForm<PolicySignal> {

    @Inject PolicySignalling signalling;

    public Referral() {
      super(
          "referral",
          "Refer to the policy process",
          Set.of(Roles.IFR_COORDINATOR),
          "Confirm that this treatment has been put to the ICB's commissioning policy process:"
              + " similar patients would benefit, so it is a service development, not an IFR.",
          "Confirm the referral");
    }

    @Override
    public boolean completesStep() {
      return true;
    }

    @Override
    protected void facts(PolicySignal signal, FormModel form) {
      form.fact("Requests linked", String.valueOf(signal.requestIds().size()));
      form.fact("Raised", Text.day(signal.raisedOn()));
    }

    @Override
    protected String confirm(String signalId) {
      signalling.referToPolicy(signalId);
      return "The signal was referred to the policy process";
    }
  }

  /** Signals are raised when a request is logged; there is no page to make one. */
  private static final Intake NO_INTAKE =
      new Intake() {
        @Override
        public String path() {
          return "new";
        }

        @Override
        public String firstField() {
          return "none";
        }

        @Override
        public PageView page(FormValues typed) {
          throw new NotFoundProblem("Signals are raised by the system.");
        }

        @Override
        public String submit(FormValues typed) {
          throw new NotFoundProblem("Signals are raised by the system.");
        }

        @Override
        public String banner() {
          return "";
        }
      };
}
