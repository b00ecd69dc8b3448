package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Real cases for the page matrix: one case of each kind the pages show (a complaint under
 * investigation, a CHC referral, an IFR request, a panel meeting, a withdrawn complaint with its
 * retention record, the complaint's open task, a story, a policy signal), made through the API, so
 * that every page row is called on a case that exists; a form page of a later step on a case
 * brought to that step. For every allowed form post, a fresh case in the state the form needs and a
 * check that the change is there afterwards: the case forms through their REST twins' states and
 * checks ({@link FormTwins}, by workflow: {@link ComplaintPageForms}, {@link ChcPageForms}, {@link
 * IfrPageForms}, {@link StoryPageForms}), the intakes ({@link IntakePageForms}), and here the
 * platform's own (task list, caseworker, retention).
 */
final class PageCases {

  /**
   * A row's address with real ids, on a case in the state the row's page or form needs, and what
   * the page must show to be the page of that case in that state; for a later step's form page,
   * also its address on a case before that step (the form with nothing to choose from, or not there
   * yet: 200 or 404, never a failure), else null.
   */
  record Target(String path, String shows, String beforeItsStep) {

    Target(String path, String shows) {
      this(path, shows, null);
    }
  }

  /**
   * Form pages that list what the case holds or are shown only once an earlier step is done: each
   * is called on a case of its own brought there by its form's REST twin, and must show what that
   * state holds (the promised action, the organisation, the referral, the case, the request on the
   * agenda).
   */
  static final Map<String, String> LATER_STEPS =
      Map.of(
          "complaints/{id}/action-done", "an action promised in the response",
          "complaints/{id}/joint-answer", "joint handling agreed with another organisation",
          "complaints/{id}/ombudsman-decision", "a referral to the Ombudsman",
          "chc-cases/{id}/dst", "a completed checklist",
          "chc-cases/{id}/recommendation", "a completed decision support tool",
          "ifr-panel-meetings/{id}/conflicts", "a request on the meeting's agenda");

  /**
   * A form post that must succeed: the form's page (for its hidden fields: the token, a version),
   * the address it posts to, what is typed, where the page sends the person afterwards, and a check
   * run afterwards that returns what is wrong, or null.
   */
  record Success(
      String page,
      String action,
      Map<String, String> fields,
      String sentTo,
      Supplier<String> afterwards,
      Document document) {

    /** A form post that sends no file. */
    Success(
        String page,
        String action,
        Map<String, String> fields,
        String sentTo,
        Supplier<String> afterwards) {
      this(page, action, fields, sentTo, afterwards, null);
    }

    /** Posts the form as {@code session}: as a browser would, with its file if it has one. */
    Api.Answer send(StaffSession session) {
      return document == null
          ? session.submitForm(page, action, fields)
          : session.submitFormWithFile(
              page, action, fields, document.field(), document.name(), document.content());
    }
  }

  /** A PDF chosen in a form's file input. */
  record Document(String field, String name, byte[] content) {}

  private final Function<String, StaffSession> sessions;
  private final Supplier<String> freshComplaint;
  private final Supplier<String> freshInvestigation;
  private final LocalDate today;
  private final Kept complaint;
  private final Kept chc;
  private final Kept ifr;
  private final Kept meeting;
  private final Kept withdrawn;
  private final String taskId;
  private final String ifrRequest;
  private final Kept story;
  private final Kept signal;
  private final ComplaintPageForms complaintForms;
  private final ChcPageForms chcForms;
  private final IfrPageForms ifrForms;
  private final StoryPageForms storyForms;
  private final IntakePageForms intakeForms;
  private final FormTwins twins;
  private final IfrCases ifrCases;
  private final Map<String, Target> laterSteps = new java.util.HashMap<>();
  private final RetentionReviews reviews = new RetentionReviews(1);

  /** The allowed form posts not made to succeed here, and why (none, as built). */
  static final Map<String, String> NOT_MADE = Map.of();

  /** An object the pages show: its id and what its page must show (its reference, or its id). */
  private record Kept(String id, String shows) {}

  /**
   * @param complaintId a complaint under investigation (with evidence), that nothing else changes
   * @param freshComplaint records a new complaint through the API and returns its id
   * @param freshInvestigation takes a new complaint into its investigation and returns its id
   * @param signalTreatment the treatment whose requests raise the pages' policy signal: one no
   *     other test on the server's database logs, since a treatment raises one signal a window
   *     (each test that makes these cases, the REST matrix and the hostile runs name their own);
   *     null for no signal (the signal's rows are then not on a real case). On PostgreSQL every
   *     container test class shares one database, and every treatment is some test's.
   * @param freshSignalTreatments where each signal referral is made on a fresh signal, raised for
   *     the next of these ({@link IfrCases}: treatments only that test's deployment lists); null
   *     for every referral on the one signal
   */
  PageCases(
      Function<String, StaffSession> sessions,
      String complaintId,
      Supplier<String> freshComplaint,
      Supplier<String> freshInvestigation,
      String chcReferral,
      String ifrRequest,
      LocalDate today,
      String signalTreatment,
      java.util.Iterator<String> freshSignalTreatments) {
    this.sessions = sessions;
    this.freshComplaint = freshComplaint;
    this.freshInvestigation = freshInvestigation;
    this.today = today;
    this.ifrRequest = ifrRequest;
    StaffSession handler = sessions.apply("complaints-handler");
    complaint = new Kept(complaintId, referenceOf(handler, "api/complaints/" + complaintId));
    chc = made(sessions.apply("chc-assessor"), "api/chc", chcReferral);
    ifr = made(sessions.apply("ifr-coordinator"), "api/ifr", ifrRequest);
    String meetingDay = today.plusDays(30).toString();
    Api.Answer scheduled =
        sessions
            .apply("ifr-coordinator")
            .post("api/ifr-panel-meetings", "{\"date\":\"" + meetingDay + "\"}");
    require(scheduled, 201);
    meeting = new Kept(scheduled.json().getString("id"), scheduled.json().getString("id"));
    String closing = freshComplaint.get();
    require(
        handler.post("api/complaints/" + closing + "/withdrawal", "{\"note\":\"Withdrawn.\"}"),
        200);
    withdrawn = new Kept(closing, referenceOf(handler, "api/complaints/" + closing));
    taskId = openSteps(handler, complaintId).get(0).getString("id");
    twins = new FormTwins(sessions);
    ifrCases = new IfrCases(signalTreatment, freshSignalTreatments);
    complaintForms = new ComplaintPageForms(twins);
    chcForms = new ChcPageForms(twins);
    ifrForms = new IfrPageForms(twins, ifrCases);
    storyForms = new StoryPageForms(twins);
    intakeForms = new IntakePageForms(twins);
    String storyId = StoryStates.awaitingConsent(handler, sessions.apply("complaints-manager"));
    story =
        new Kept(
            storyId, handler.get("api/stories/" + storyId).json().getString("complaintReference"));
    if (signalTreatment == null) {
      signal = null;
    } else {
      String signalId =
          twins.twin(ifrCases, "GET ifr-policy-signals/{id}", "ifr-coordinator").caseId();
      signal =
          new Kept(
              signalId,
              referenceOf(sessions.apply("ifr-coordinator"), "api/ifr-policy-signals/" + signalId));
    }
  }

  /** The row's address on a real case; empty where this class makes no such case (named). */
  Optional<Target> target(PageMatrix.Entry entry) {
    Optional<Target> here = onTheCasesMadeHere(entry);
    if (LATER_STEPS.containsKey(entry.path())) {
      Target inItsState = laterSteps.computeIfAbsent(entry.path(), this::laterStep);
      return Optional.of(
          new Target(inItsState.path(), inItsState.shows(), here.orElseThrow().path()));
    }
    return here;
  }

  /** The row's address on the cases made in the constructor. */
  private Optional<Target> onTheCasesMadeHere(PageMatrix.Entry entry) {
    String path = entry.path();
    Kept kept;
    if (path.startsWith("stories/{storyId}")) {
      kept = story;
      path = path.replace("{storyId}", "{id}");
    } else if (path.startsWith("ifr-policy-signals/")) {
      if (signal == null) {
        return Optional.empty(); // made without a signal (see the constructor)
      }
      kept = signal;
    } else if (path.startsWith("tasks/{taskId}")) {
      return Optional.of(new Target(path.replace("{taskId}", taskId), null));
    } else if (path.startsWith("casework/")) {
      // The caseworker page names the case by its id ("complaint case <id>").
      kept = new Kept(complaint.id(), complaint.id());
      path = path.replace("{type}", "complaint");
    } else if (path.startsWith("retention/")) {
      kept = withdrawn;
      path = path.replace("{type}", "complaint");
    } else if (path.startsWith("chc-cases/")) {
      kept = chc;
    } else if (path.startsWith("ifr-panel-meetings/")) {
      kept = meeting;
    } else if (path.startsWith("ifr/")) {
      kept = ifr;
    } else {
      kept = complaint;
    }
    if (!path.contains("{id}")) {
      return Optional.of(new Target(path, null));
    }
    return Optional.of(new Target(path.replace("{id}", kept.id()), kept.shows()));
  }

  /**
   * The form page of a later step on a case its form's REST twin brought to that step (nothing is
   * posted), and what the page must show of that state.
   */
  private Target laterStep(String path) {
    RealCases complaints = new ComplaintCases();
    String handler = "complaints-handler";
    String twin =
        switch (path) {
          case "complaints/{id}/action-done" ->
              "POST complaints/{id}/after-response/actions/{actionId}/completion";
          case "complaints/{id}/joint-answer" ->
              "POST complaints/{id}/joint-handling/organisations/{number}/answer";
          case "complaints/{id}/ombudsman-decision" ->
              "POST complaints/{id}/after-response/ombudsman-referrals/{referralId}/decision";
          case "chc-cases/{id}/dst" -> "POST chc/{id}/dst";
          case "chc-cases/{id}/recommendation" -> "POST chc/{id}/dst/recommendation";
          default -> "POST ifr-panel-meetings/{id}/conflicts";
        };
    if (path.startsWith("complaints/")) {
      RealCases.Ready ready = twins.twin(complaints, twin, handler);
      String shows =
          switch (path) {
            case "complaints/{id}/action-done" -> "Check new referrals daily";
            case "complaints/{id}/joint-answer" -> "Town Pharmacy";
            default -> "PHSO-1";
          };
      return new Target(path.replace("{id}", ready.caseId()), shows);
    }
    if (path.startsWith("chc-cases/")) {
      RealCases.Ready ready = twins.twin(new ChcCases(), twin, "chc-assessor");
      return new Target(
          path.replace("{id}", ready.caseId()),
          referenceOf(sessions.apply("chc-assessor"), "api/chc/" + ready.caseId()));
    }
    RealCases.Ready ready = twins.twin(ifrCases, twin, "ifr-coordinator");
    String request = FormTwins.body(ready).getString("requestId");
    return new Target(
        path.replace("{id}", FormTwins.segmentAfter(ready, "ifr-panel-meetings")),
        referenceOf(sessions.apply("ifr-coordinator"), "api/ifr/" + request));
  }

  /** A post of the row by {@code role} made to succeed, on a fresh case; empty if none is made. */
  Optional<Success> success(PageMatrix.Entry entry, String role) {
    StaffSession handler = sessions.apply("complaints-handler");
    switch (entry.path()) {
      case "complaints/{id}/remit-decision" -> {
        String id = freshComplaint.get();
        String step = openSteps(handler, id).get(0).getString("key");
        return Optional.of(
            new Success(
                "complaints/" + id + "/remit-decision",
                "complaints/" + id + "/remit-decision",
                Map.of("withinRemit", "yes"),
                "/tasks",
                () -> {
                  List<String> keys =
                      openSteps(handler, id).stream().map(open -> open.getString("key")).toList();
                  return keys.contains(step) || keys.isEmpty() ? "waits at " + keys : null;
                }));
      }
      case "complaints/{id}/acknowledgement" -> {
        String id = freshComplaint.get();
        require(
            handler.post("api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}"),
            200);
        String step = openSteps(handler, id).get(0).getString("key");
        return Optional.of(
            new Success(
                "complaints/" + id + "/acknowledgement",
                "complaints/" + id + "/acknowledgement",
                Map.of(),
                "/tasks",
                () -> {
                  List<String> keys =
                      openSteps(handler, id).stream().map(open -> open.getString("key")).toList();
                  String letters = handler.get("api/cases/complaint/" + id + "/letters").body();
                  return keys.contains(step) || !letters.contains("complaint-acknowledgement")
                      ? "waits at " + keys + ", letters " + letters
                      : null;
                }));
      }
      case "complaints/{id}/clock-stop" -> {
        String id = freshInvestigation.get();
        String reason = "Waiting for the practice's records (" + role + ")";
        return Optional.of(
            new Success(
                "complaints/" + id + "/clock-stop",
                "complaints/" + id + "/clock-stop",
                Map.of("reason", reason),
                "/complaints/" + id,
                () -> {
                  JsonObject file = handler.get("api/complaints/" + id).json();
                  boolean stopped = file.getJsonObject("deadlines").getBoolean("clockStopped");
                  String letters = handler.get("api/cases/complaint/" + id + "/letters").body();
                  return stopped && letters.contains("complaint-clock-stopped")
                      ? null
                      : "clock stopped " + stopped + ", letters " + letters;
                }));
      }
      case "complaints/{id}/clock-restart" -> {
        String id = freshInvestigation.get();
        require(
            handler.post(
                "api/complaints/" + id + "/clock-stop", "{\"reason\":\"Waiting for records\"}"),
            200);
        return Optional.of(
            new Success(
                "complaints/" + id + "/clock-restart",
                "complaints/" + id + "/clock-restart",
                Map.of(),
                "/complaints/" + id,
                () ->
                    handler
                            .get("api/complaints/" + id)
                            .json()
                            .getJsonObject("deadlines")
                            .getBoolean("clockStopped")
                        ? "the clock is still stopped"
                        : null));
      }
      case "ifr/{id}/screen" -> {
        StaffSession coordinator = sessions.apply("ifr-coordinator");
        String id = made(coordinator, "api/ifr", ifrRequest).id();
        String before = coordinator.get("api/ifr/" + id).json().getString("status");
        return Optional.of(
            new Success(
                "ifr/" + id + "/screen",
                "ifr/" + id + "/screen",
                Map.of("outcome", "ACCEPTED", "note", "Complete: consent and evidence on file."),
                "/tasks",
                () -> {
                  String now = coordinator.get("api/ifr/" + id).json().getString("status");
                  return now.equals(before) ? "the request is still " + now : null;
                }));
      }
      case "complaints/{id}/withdrawal" -> {
        String id = freshComplaint.get();
        return Optional.of(
            new Success(
                "complaints/" + id + "/withdrawal",
                "complaints/" + id + "/withdrawal",
                Map.of("note", "The complainant withdrew by telephone."),
                "/tasks",
                () -> {
                  List<JsonObject> open = openSteps(handler, id);
                  return open.isEmpty() ? null : "still waits at " + open;
                }));
      }
      case "tasks/{taskId}/unclaim", "tasks/{taskId}/claim" -> {
        // A task of the role's own on a fresh case (OpenTasks, as the REST matrix's task rows).
        String task = OpenTasks.of(role, sessions, reviews).id();
        String holder = assigneeOf(role, task);
        boolean claim = entry.path().endsWith("/claim");
        // The demo users are named after their roles: a holder gives the task back as themselves.
        if (!holder.isEmpty() && (claim || !holder.equals(role))) {
          require(sessions.apply(holder).post("api/tasks/" + task + "/unclaim", ""), 200, 204);
        }
        if (!claim && !holder.equals(role)) {
          require(sessions.apply(role).post("api/tasks/" + task + "/claim", ""), 200, 204);
        }
        String expected = claim ? role : "";
        return Optional.of(
            new Success(
                "tasks",
                "tasks/" + task + (claim ? "/claim" : "/unclaim"),
                Map.of(),
                "/tasks",
                () -> {
                  String now = assigneeOf(role, task);
                  return now.equals(expected)
                      ? null
                      : "the task is held by '" + now + "', not '" + expected + "'";
                }));
      }
      case "casework/{type}/{id}/reassignment" -> {
        String id = freshComplaint.get();
        String page = "casework/complaint/" + id;
        String caseworker = "api/cases/complaint/" + id + "/caseworker";
        String before = handler.get(caseworker).json().getString("caseworker", "");
        String to =
            before.equals("complaints-handler") ? "complaints-manager" : "complaints-handler";
        return Optional.of(
            new Success(
                page,
                page + "/reassignment",
                Map.of("caseworker", to, "reason", "Cover for leave"),
                "/" + page,
                () -> {
                  String now = handler.get(caseworker).json().getString("caseworker", "");
                  return now.equals(to) ? null : "caseworker is '" + now + "', not " + to;
                }));
      }
      case "retention/{type}/{id}/extension" -> {
        // With the review open, as the REST rows: this deployment keeps complaints for no time, so
        // a closed complaint's review timer fires within seconds of the closure, and an extension
        // sent at that moment meets the engine changing the same process (on PostgreSQL the page
        // once answered 400 there); the review open is a state that stays put.
        String id = reviews.next(handler, sessions.apply("ig-officer")).complaintId();
        LocalDate until = today.plusYears(12).withDayOfMonth(1);
        String page = "retention/complaint/" + id;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("retainUntil-day", String.valueOf(until.getDayOfMonth()));
        fields.put("retainUntil-month", String.valueOf(until.getMonthValue()));
        fields.put("retainUntil-year", String.valueOf(until.getYear()));
        fields.put("reason", "A claim is expected.");
        return Optional.of(
            new Success(
                page,
                page + "/extension",
                fields,
                "/" + page,
                () -> {
                  String kept =
                      sessions
                          .apply("ig-officer")
                          .get("api/retention/records/complaint/" + id)
                          .json()
                          .getString("retainUntil", "");
                  return kept.equals(until.toString()) ? null : "kept until " + kept;
                }));
      }
      case "ifr-panel-meetings/new" -> {
        LocalDate day = today.plusDays(40 + role.length());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("date-day", String.valueOf(day.getDayOfMonth()));
        fields.put("date-month", String.valueOf(day.getMonthValue()));
        fields.put("date-year", String.valueOf(day.getYear()));
        return Optional.of(
            new Success(
                "ifr-panel-meetings/new",
                "ifr-panel-meetings/new",
                fields,
                "/ifr-panel-meetings/",
                () -> {
                  String list = sessions.apply(role).get("api/ifr-panel-meetings").body();
                  return list.contains(day.toString()) ? null : "no meeting on " + day;
                }));
      }
      case "retention/{type}/{id}/destruction" -> {
        // A closed complaint whose retention (nothing, in this deployment) has run out: its review
        // opens when the engine fires the retention timer.
        StaffSession ig = sessions.apply("ig-officer");
        String id = reviews.next(handler, ig).complaintId();
        String page = "retention/complaint/" + id;
        return Optional.of(
            new Success(
                page,
                page + "/destruction",
                Map.of("appraisal", "Reviewed: no open complaint, claim or request needs it."),
                "/retention",
                () -> {
                  String status =
                      ig.get("api/retention/records/complaint/" + id)
                          .json()
                          .getString("status", "");
                  return status.equals("DESTROYED") ? null : "the record is " + status;
                }));
      }
      default -> {
        String path = entry.path();
        if (path.endsWith("/new") && !path.startsWith("ifr-panel-meetings")) {
          return intakeForms.success(path, role);
        } else if (path.startsWith("complaints/{id}/")) {
          return complaintForms.success(path, role);
        } else if (path.startsWith("chc-cases/{id}/")) {
          return chcForms.success(path, role);
        } else if (path.startsWith("stories/")) {
          return storyForms.success(path, role);
        }
        return ifrForms.success(path, role);
      }
    }
  }

  /** Who holds the open task {@code taskId}, as {@code role}'s whole task list shows it. */
  private String assigneeOf(String role, String taskId) {
    StaffSession session = sessions.apply(role);
    for (int page = 0; ; page++) {
      JsonObject answer = session.get("api/tasks?assigned=all&size=100&page=" + page).json();
      List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
      for (JsonObject task : items) {
        if (task.getString("id").equals(taskId)) {
          return task.get("assignee") instanceof jakarta.json.JsonString holder
              ? holder.getString()
              : "";
        }
      }
      if (items.isEmpty() || (page + 1) * 100L >= answer.getJsonNumber("total").longValue()) {
        throw new IllegalStateException("no open task " + taskId + " in the list of " + role);
      }
    }
  }

  private static List<JsonObject> openSteps(StaffSession session, String complaintId) {
    return session
        .get("api/complaints/" + complaintId)
        .json()
        .getJsonArray("openSteps")
        .getValuesAs(JsonObject.class);
  }

  private static Kept made(StaffSession session, String path, String body) {
    Api.Answer made = session.post(path, body);
    require(made, 201);
    JsonObject json = made.json();
    return new Kept(json.getString("id"), shown(json));
  }

  private static String referenceOf(StaffSession session, String path) {
    return shown(session.get(path).json());
  }

  /** What a case's page shows of it: its reference as people quote it. */
  private static String shown(JsonObject json) {
    Object reference = json.get("reference");
    if (reference instanceof jakarta.json.JsonString text) {
      return text.getString();
    }
    if (reference instanceof JsonObject parts && parts.containsKey("formatted")) {
      return parts.getString("formatted");
    }
    return json.getString("id");
  }

  private static void require(Api.Answer answer, int... statuses) {
    for (int status : statuses) {
      if (answer.status() == status) {
        return;
      }
    }
    throw new IllegalStateException("making a page case: " + answer.status() + " " + answer.body());
  }
}
