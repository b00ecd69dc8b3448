package uk.nhs.icb.caseworkflows.ifr.process.model;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/**
 * ifr.bpmn on bpmn's shared {@link ProcessTestHarness}, started as the IFR module starts it
 * (business key = request id, case type and reference, the consent and urgency flags, the screening
 * or chair's-action date), its delegates replaced by {@link RecordedIfrCasework}. The engine's
 * clock starts on the Monday the request was received.
 */
final class IfrProcessHarness extends ProcessTestHarness {

  static final String MODEL = "uk/nhs/icb/caseworkflows/ifr/process/ifr.bpmn";
  static final String CASE_ID = "ifr-1";

  static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");

  /** 5 working days after receipt; 2 for the chair's action. */
  static final Date SCREENING_DUE = date("2026-11-30T17:00:00Z");

  static final Date CHAIRS_ACTION_DUE = date("2026-11-25T17:00:00Z");

  final RecordedIfrCasework casework;

  IfrProcessHarness() {
    this(new RecordedIfrCasework());
  }

  private IfrProcessHarness(RecordedIfrCasework casework) {
    super(
        MODEL,
        CASE_ID,
        RECEIVED,
        Map.of(
            "ifrLetters", casework.letterWriter,
            "ifrFlags", casework.flagger,
            "ifrClosure", casework.closer));
    this.casework = casework;
  }

  /** Starts a routine request with consent shown; {@code flags} override. */
  void log(Map<String, Object> flags) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseType", "ifr");
    variables.put("caseReference", "IFR-2026-000001");
    variables.put("consentShown", true);
    variables.put("urgent", false);
    variables.put("screeningDue", SCREENING_DUE);
    variables.putAll(flags);
    start("ifr", variables);
  }

  void log() {
    log(Map.of());
  }

  /** Sends a message with the variables the IFR module sends with it. */
  void tell(String message, Map<String, Object> variables) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(CASE_ID)
        .setVariables(variables)
        .correlate();
  }

  static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
