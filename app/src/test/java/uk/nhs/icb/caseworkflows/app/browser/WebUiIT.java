package uk.nhs.icb.caseworkflows.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nhs.icb.caseworkflows.app.HostileText;
import uk.nhs.icb.caseworkflows.app.SampleDocuments;
import uk.nhs.icb.caseworkflows.app.letters.PdfAValidator;
import uk.nhs.icb.caseworkflows.common.letters.application.PrintSize;

/**
 * The case workers' pages in Chromium against the WAR as built, on one Payara Micro: sign in, My
 * tasks with filters, claim and unclaim, a manager's team view, the 403 page, sign out; the same
 * essentials with JavaScript off; axe on every page visited; the skip link first for keyboards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebUiIT {

  private static final String PASSWORD = "demo";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
  }

  @ArquillianResource private URL base;
  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aHandlerSignsInFiltersClaimsAndUnclaimsATaskAndSignsOut() {
    String reference = receiveComplaint();
    browser = Browsers.chromium(true);

    signIn("complaints-handler", PASSWORD);

    assertThat(browser.getTitle()).isEqualTo("My tasks - ICB Case Workflows");
    assertThat(text(By.tagName("h1"))).isEqualTo("My tasks");
    assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(text(By.id("signed-in-user"))).isEqualTo("complaints-handler");
    assertThat(text(By.id("signed-in-role"))).isEqualTo("Complaints handler");
    checkPage("my-tasks");
    assertSkipLinkIsTheFirstTabStop();

    new Select(browser.findElement(By.id("caseType"))).selectByValue("complaint");
    browser.findElement(By.cssSelector("label[for=assigned-team]")).click();
    clickAndWaitForTheNextPage(browser.findElement(By.id("apply-filters")));
    assertThat(browser.getCurrentUrl()).contains("caseType=complaint").contains("assigned=team");
    WebElement row = rowOf(reference);
    assertThat(row.getText()).contains("Not assigned").contains("Complaint");
    assertThat(row.findElement(By.linkText(reference)).getAttribute("href"))
        .contains("/complaints/");
    checkPage("my-tasks-filtered");

    // The claim answers with a redirect to a new page: wait for it before reading its banner.
    clickAndWaitForTheNextPage(
        row.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Claim')]")));
    assertThat(text(By.id("flash"))).contains("You claimed").contains(reference);
    assertThat(browser.getCurrentUrl()).contains("caseType=complaint");
    checkPage("claimed");

    browser.get(url("tasks?assigned=mine&order=desc"));
    assertThat(rowOf(reference).getText()).contains("You");
    clickAndWaitForTheNextPage(
        rowOf(reference)
            .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Unclaim')]")));
    assertThat(text(By.id("flash"))).contains("back to your team");
    assertThat(browser.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]")))
        .as("no longer assigned to the handler")
        .isEmpty();

    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));
    assertThat(browser.getTitle()).isEqualTo("Sign in - ICB Case Workflows");
    assertThat(text(By.id("sign-in-notice"))).contains("You have signed out");
    checkPage("signed-out");
    browser.get(url("tasks"));
    assertThat(browser.getTitle()).startsWith("Sign in");
  }

  @Test
  void aWrongPasswordShowsTheErrorSummaryLinkedToTheField() {
    browser = Browsers.chromium(true);

    signIn("complaints-handler", "not-the-password");

    assertThat(browser.getTitle()).isEqualTo("Error: Sign in - ICB Case Workflows");
    assertThat(text(By.className("nhsuk-error-summary"))).contains("There is a problem");
    WebElement link = browser.findElement(By.cssSelector(".nhsuk-error-summary a"));
    assertThat(link.getText()).isEqualTo("The user name or password is not right");
    assertThat(link.getAttribute("href")).endsWith("#username");
    assertThat(text(By.id("username-error"))).contains("The user name or password is not right");
    assertThat(browser.findElement(By.id("username")).getAttribute("value"))
        .isEqualTo("complaints-handler");
    checkPage("sign-in-error");
  }

  @Test
  void theGoverningBodyHasNoTaskListAndGetsAProperRefusal() {
    browser = Browsers.chromium(true);

    signIn("governing-body", PASSWORD);

    assertThat(browser.getTitle())
        .isEqualTo("You do not have access to this page - ICB Case Workflows");
    assertThat(text(By.tagName("main"))).contains("Governing body member").contains("no task list");
    assertThat(text(By.id("signed-in-user"))).isEqualTo("governing-body");
    checkPage("forbidden");
  }

  @Test
  void aManagerSeesTheTeamsTasksWithBreachesFirst() {
    String reference = receiveComplaint();
    browser = Browsers.chromium(true);

    signIn("complaints-manager", PASSWORD);
    browser.findElement(By.linkText("Team's tasks")).click();

    assertThat(browser.getTitle()).isEqualTo("Team's tasks - ICB Case Workflows");
    assertThat(rowOf(reference).getText()).contains("Not assigned");
    assertThat(rowOf(reference).findElements(By.tagName("button"))).isEmpty();
    checkPage("team-tasks");
  }

  @Test
  void aManagerReassignsAClaimedCaseAndItsTaskFollowsTheNewCaseworker() {
    JsonObject complaint = receiveComplaintFile();
    String reference = complaint.getString("reference");
    String casePage = url("complaints/" + complaint.getString("id"));
    browser = Browsers.chromium(true);

    signIn("complaints-handler", PASSWORD);
    browser.get(url("tasks?caseType=complaint&assigned=team&order=desc"));
    // Wait for the page the claim leads to, as the other claims do: reading the banner at once
    // raced the navigation and found the old page.
    clickAndWaitForTheNextPage(
        rowOf(reference)
            .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Claim')]")));
    assertThat(text(By.id("flash"))).contains("You claimed").contains(reference);
    browser.get(casePage);
    assertThat(text(By.id("current-caseworker")))
        .as("claiming the first task made the case theirs")
        .isEqualTo("complaints-handler");
    assertThat(browser.findElements(By.id("reassign-case"))).as("not for a handler").isEmpty();
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("complaints-manager", PASSWORD);
    browser.get(casePage);
    assertThat(text(By.id("caseworker-section"))).contains("complaints-handler");
    checkPage("case-with-caseworker");
    type("caseworker", "complaints-handler-2");
    clickAndWaitForTheNextPage(browser.findElement(By.id("reassign-case")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(text(By.className("nhsuk-error-summary")))
        .contains("Enter why the case is being reassigned");
    assertThat(browser.findElement(By.id("caseworker")).getAttribute("value"))
        .isEqualTo("complaints-handler-2");
    checkPage("reassign-error");
    type("reason", "Annual leave for two weeks");
    clickAndWaitForTheNextPage(browser.findElement(By.id("reassign-case")));
    assertThat(text(By.id("flash"))).contains("reassigned to complaints-handler-2");
    assertThat(text(By.id("current-caseworker"))).isEqualTo("complaints-handler-2");
    assertThat(text(By.id("caseworker-history")))
        .contains("reassigned by a manager")
        .contains("Annual leave for two weeks");
    checkPage("reassigned");
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("complaints-handler-2", PASSWORD);
    browser.get(url("tasks?assigned=mine&order=desc"));
    assertThat(rowOf(reference).getText()).contains("You");
    checkPage("reassigned-task-list");
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("complaints-handler", PASSWORD);
    browser.get(url("tasks?assigned=mine&order=desc"));
    assertThat(browser.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]")))
        .as("no longer the first handler's")
        .isEmpty();
  }

  @Test
  void withoutJavaScriptPeopleStillSignInAndClaimATask() {
    String reference = receiveComplaint();
    browser = Browsers.chromium(false);

    // No axe here: axe runs in the page, so without JavaScript it cannot run at all (it answered
    // an errored result after its 30-second wait, which this journey used to take for a pass).
    // The same pages are checked with axe in the journeys with JavaScript.
    browser.get(url("tasks"));
    assertThat(browser.getTitle()).isEqualTo("Sign in - ICB Case Workflows");
    fillInSignIn("complaints-handler", PASSWORD);
    assertThat(browser.getTitle()).isEqualTo("My tasks - ICB Case Workflows");
    assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
        .as("the script did not run")
        .doesNotContain("js-enabled");
    browser.get(url("tasks?caseType=complaint&assigned=team"));
    // Without JavaScript the claim is a plain form post: wait for the answer's page before reading.
    clickAndWaitForTheNextPage(
        rowOf(reference)
            .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Claim')]")));

    assertThat(text(By.id("flash"))).contains("You claimed").contains(reference);
    browser.get(url("tasks?assigned=mine"));
    assertThat(rowOf(reference).getText()).contains("You");
    screenshot(browser, "no-javascript");
  }

  @Test
  void aHandlerFindsANewComplaintAcknowledgesItRecordsConsentAndDownloadsTheLetter()
      throws Exception {
    String reference = receiveComplaint();
    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);
    screenshot(browser, "task-list");

    openCaseFromTaskList(reference);
    assertThat(browser.getTitle()).isEqualTo("Complaint " + reference + " - ICB Case Workflows");
    assertThat(text(By.id("summary")))
        .contains("Mrs Siân Evans", "The first visit was four days late.");
    checkPage("case-page-new");

    doAction("remit-decision");
    checkPage("remit-form");
    choose("withinRemit-yes");
    submit();
    assertThat(text(By.id("flash"))).contains("is for the ICB");
    assertThat(browser.getTitle()).isEqualTo("My tasks - ICB Case Workflows");

    openCaseFromTaskList(reference);
    doAction("acknowledgement");
    checkPage("acknowledge-form");
    submit();
    assertThat(text(By.id("flash"))).contains("acknowledged");

    openCaseFromTaskList(reference);
    doAction("consent");
    submit();
    assertThat(browser.getTitle()).startsWith("Error: Record a consent");
    assertThat(text(By.className("nhsuk-error-summary"))).contains("There is a problem");
    WebElement firstError = browser.findElement(By.cssSelector(".nhsuk-error-summary a"));
    assertThat(firstError.getText()).isEqualTo("Select whose consent it is");
    assertThat(firstError.getAttribute("href")).endsWith("#whose-COMPLAINANT");
    assertThat(text(By.id("whose-error"))).contains("Select whose consent it is");
    assertThat(text(By.id("givenOn-error"))).contains("Enter date given");
    checkPage("consent-form-errors");

    recordConsent("PROCESS_CASE");
    assertThat(text(By.id("flash"))).contains("The consent was recorded");
    assertThat(text(By.id("consents"))).contains("Mrs Siân Evans", "Handle the case");
    // The notice will carry her complaint to the trust: her consent to share comes before a plan.
    assertThat(text(By.id("actions"))).doesNotContain("Agree the complaint plan");
    recordConsentFromCase("SHARE_WITH_PROVIDER");
    assertThat(text(By.id("actions"))).contains("Agree the complaint plan");
    assertThat(text(By.id("history"))).contains("Complaint acknowledged", "Consent recorded");
    screenshot(browser, "case-page");
    checkPage("case-page-acknowledged");

    String letter =
        browser
            .findElement(By.partialLinkText("We have received your complaint"))
            .getAttribute("href");
    HttpResponse<byte[]> pdf = downloadAsTheBrowser(letter);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String caseUrl = browser.getCurrentUrl();

    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));
    signIn("governing-body", PASSWORD);
    browser.get(caseUrl);
    assertThat(browser.getTitle())
        .isEqualTo("You do not have access to this page - ICB Case Workflows");
    assertThat(text(By.tagName("main"))).doesNotContain("Siân Evans");
    assertThat(downloadAsTheBrowser(letter).statusCode()).isEqualTo(403);
    checkPage("case-page-refused");
  }

  @Test
  void aComplaintGoesFromTheIntakeFormToASignedOffFinalResponseInTheBrowser() {
    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);

    browser.findElement(By.linkText("Complaints")).click();
    checkPage("case-list");
    browser.findElement(By.id("record-complaint")).click();
    submit();
    assertThat(browser.getTitle()).startsWith("Error: Record a complaint");
    checkPage("intake-errors");
    choose("channel-EMAIL");
    type("complainantName", "Mr Rhys Llewellyn-Davies");
    type("complainantAddress", "5 Heol y Nant\nCardiff");
    choose("forSomeoneElse-no");
    type("subject", "Northvale GP Practice");
    type("whatHappened", "My test results were not passed on for three weeks.");
    LocalDate happened = LocalDate.now().minusDays(30);
    typeDate("happenedOn", happened);
    type("desiredOutcome", "An apology and a better process.");
    submit();
    assertThat(text(By.id("flash"))).contains("The complaint was recorded");
    String reference = text(By.tagName("h1")).split(" ")[0];
    assertThat(reference).startsWith("CMP-");

    doAction("remit-decision");
    choose("withinRemit-yes");
    submit();
    openCaseFromTaskList(reference);
    recordConsentFromCase("PROCESS_CASE");
    recordConsentFromCase("SHARE_WITH_PROVIDER");
    doAction("acknowledgement");
    submit();
    openCaseFromTaskList(reference);
    recordConsentFromCase("SHARE_IDENTITY_WITH_SUBJECT");

    doAction("plan");
    type("issues", "Delay in passing on test results\nNo reply to the first phone call");
    choose("investigatedBy-ICB");
    choose("anonymityRequested-no");
    checkPage("plan-form");
    submit();
    assertThat(text(By.id("flash"))).contains("plan was agreed");

    openCaseFromTaskList(reference);
    assertThat(text(By.id("disclosures"))).contains("Northvale GP Practice", "Yes");
    doAction("evidence");
    checkPage("evidence-form");
    choose("kind-PROVIDER_RESPONSE");
    type("summary", "The practice confirms the results sat in an unread inbox.");
    type("source", "Practice manager");
    typeDate("receivedOn", LocalDate.now());
    chooseFile(file("report.pdf", SampleDocuments.html()));
    submit();
    assertThat(browser.getTitle()).startsWith("Error: Record evidence");
    WebElement fileError = browser.findElement(By.cssSelector(".nhsuk-error-summary a"));
    assertThat(fileError.getText()).isEqualTo("The selected file must be a PDF, PNG or JPEG");
    assertThat(fileError.getAttribute("href")).endsWith("#file");
    assertThat(text(By.id("file-error"))).contains("The selected file must be a PDF, PNG or JPEG");
    checkPage("evidence-form-file-error");
    byte[] reply = SampleDocuments.pdf("Reply from Northvale GP Practice");
    chooseFile(file("Practice reply.pdf", reply));
    submit();
    assertThat(text(By.id("flash"))).contains("The evidence and its document were recorded");
    assertThat(text(By.id("evidence"))).contains("unread inbox", "Practice reply.pdf (PDF,");
    HttpResponse<byte[]> attached =
        downloadAsTheBrowser(
            browser.findElement(By.linkText("Practice reply.pdf")).getAttribute("href"));
    assertThat(attached.statusCode()).isEqualTo(200);
    assertThat(attached.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(attached.body()).isEqualTo(reply);
    checkPage("case-page-with-document");
    doAction("investigation-complete");
    checkPage("finish-investigation-form");
    submit();

    openCaseFromTaskList(reference);
    doAction("draft-response");
    choose("outcome-1-UPHELD");
    choose("outcome-2-NOT_UPHELD");
    type("steps", "We read the practice's records.\nWe spoke to the practice manager.");
    type("findings", "The results were not passed on for 19 days.\nThe call was returned.");
    type("overallSummary", "The results were passed on late; your call was returned.");
    type("apology", "We are sorry for the delay.");
    type("action-1-description", "Check the results inbox every day");
    type("action-1-owner", "Practice manager");
    typeDate("action-1-dueBy", LocalDate.now().plusMonths(1));
    choose("satisfied-yes");
    checkPage("draft-form");
    submit();
    assertThat(text(By.id("flash"))).contains("sent to a complaints manager");
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("complaints-manager", PASSWORD);
    browser.findElement(By.linkText("Complaints")).click();
    browser.findElement(By.id("q")).sendKeys(reference);
    clickAndWaitForTheNextPage(browser.findElement(By.id("apply-filters")));
    browser.findElement(By.linkText(reference)).click();
    doAction("sign-off");
    assertThat(text(By.id("facts")))
        .contains("Partially upheld", "Delay in passing on test results", "19 days");
    choose("decision-approve");
    checkPage("sign-off-form");
    submit();
    assertThat(text(By.id("flash"))).contains("signed off");

    browser.findElement(By.linkText("Complaints")).click();
    browser.findElement(By.id("q")).sendKeys(reference);
    clickAndWaitForTheNextPage(browser.findElement(By.id("apply-filters")));
    clickAndWaitForTheNextPage(browser.findElement(By.linkText(reference)));
    assertThat(text(By.id("status"))).isEqualTo("Closed");
    assertThat(text(By.id("closure"))).contains("Responded");
    assertThat(text(By.id("overall-outcome"))).contains("Partially upheld");
    assertThat(text(By.id("letters")))
        .contains("Our response to your complaint (PDF)", "We have received your complaint (PDF)");
    checkPage("case-page-closed");
  }

  @Test
  void aComplainantsLargePrintNeedRecordedAtIntakeGivesALargePrintLetterThatVeraPdfPasses() {
    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);

    browser.get(url("complaints/new"));
    choose("channel-LETTER");
    type("complainantName", "Mrs Nia Pritchard");
    type("complainantAddress", "3 Ffordd y Llan\nSwansea");
    tick("complainantNeeds-large-print");
    type("complainantNeedsNote", "Partially sighted; prefers a phone call first.");
    choose("forSomeoneElse-no");
    type("subject", "Northvale GP Practice");
    type("whatHappened", "My repeat prescription was lost twice.");
    typeDate("happenedOn", LocalDate.now().minusDays(20));
    checkPage("intake-with-needs");
    submit();
    assertThat(text(By.id("flash"))).contains("The complaint was recorded");
    String reference = text(By.tagName("h1")).split(" ")[0];
    assertThat(text(By.id("communication-needs")))
        .contains("Mrs Nia Pritchard (complainant): Needs large print")
        .contains("Partially sighted; prefers a phone call first.");

    doAction("remit-decision");
    choose("withinRemit-yes");
    submit();
    openCaseFromTaskList(reference);
    doAction("acknowledgement");
    submit();
    assertThat(text(By.id("flash"))).contains("acknowledged");
    openCaseFromTaskList(reference);
    assertThat(text(By.id("communication-needs"))).contains("Needs large print");
    checkPage("case-page-with-needs");

    String largePrint =
        browser
            .findElement(By.cssSelector("#letters a[href$='format=large-print']"))
            .getAttribute("href");
    HttpResponse<byte[]> pdf = downloadAsTheBrowser(largePrint);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(PdfAValidator.failedRules(pdf.body(), "2a")).as("PDF/A-2a").isEmpty();
    assertThat(PrintSize.smallestPoints(pdf.body()))
        .isGreaterThanOrEqualTo(PrintSize.LARGE_PRINT_POINTS - 0.01f);
  }

  @Test
  void everyComplaintFormPassesAxeAndHasOneHeadingAndAMeaningfulTitle() {
    // The manager's sign-off form is checked where the manager signs off, in the full journey.
    String reference = receiveComplaint();
    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);
    openCaseFromTaskList(reference);
    String casePage = browser.getCurrentUrl();
    for (String form :
        List.of(
            "late-decision",
            "remit-decision",
            "acknowledgement",
            "standing-decision",
            "consent",
            "consent-refusal",
            "plan",
            "anonymity-decision",
            "complainant-choice",
            "evidence",
            "provider-request",
            "clock-stop",
            "clock-restart",
            "response-date",
            "investigation-complete",
            "draft-response",
            "withdrawal",
            "ombudsman-referral",
            "staff-told")) {
      browser.get(casePage + "/" + form);
      assertThat(browser.getTitle()).as(form).endsWith(reference + " - ICB Case Workflows");
      assertThat(browser.findElements(By.tagName("h1"))).as(form).hasSize(1);
      checkPage("form-" + form);
    }
    browser.get(url("complaints/new"));
    checkPage("intake-form");
  }

  /**
   * The browser's own judgement of output escaping (ComplaintsIT checks every field over HTTP): a
   * complaint full of scripts, opened as a handler works it. No element the payloads would create
   * exists, no alert is open, and the payloads read as the text they were typed as.
   */
  @Test
  void aComplaintFullOfScriptsShowsThemAsTextInTheBrowser() {
    HostileText.Probe name = HostileText.full("b01", "complainant name");
    HostileText.Probe address = HostileText.full("b02", "complainant address");
    HostileText.Probe subject = HostileText.full("b03", "subject");
    HostileText.Probe happened = HostileText.full("b04", "what happened");
    HostileText.Probe wanted = HostileText.full("b05", "desired outcome");
    String body =
        Json.createObjectBuilder()
            .add("channel", "EMAIL")
            .add(
                "complainant",
                Json.createObjectBuilder()
                    .add("name", name.value())
                    .add("addressLines", Json.createArrayBuilder().add(address.value())))
            .add(
                "subject", Json.createObjectBuilder().add("organisationOrService", subject.value()))
            .add(
                "details",
                Json.createObjectBuilder()
                    .add("whatHappened", happened.value())
                    .add("happenedOn", LocalDate.now().minusDays(10).toString())
                    .add("desiredOutcome", wanted.value()))
            .build()
            .toString();
    JsonObject complaint = postAsHandler("api/complaints", body, 201);
    String id = complaint.getString("id");
    String reference = complaint.getString("reference");
    postAsHandler("api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}", 200);
    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);

    browser.get(url("complaints/" + id));
    assertInert("case page", name, address, subject, happened, wanted);
    checkPage("xss-case-page");
    browser.get(url("complaints?q=" + reference));
    assertInert("case list", name);
    checkPage("xss-case-list");
    browser.get(url("complaints/" + id + "/plan"));
    assertInert("plan form", happened, wanted);
    checkPage("xss-plan-form");
  }

  private void assertInert(String page, HostileText.Probe... shown) {
    try {
      String alert = browser.switchTo().alert().getText();
      throw new AssertionError(page + ": an alert is open: " + alert);
    } catch (NoAlertPresentException none) {
      // As it should be.
    }
    assertThat(browser.findElements(By.cssSelector("[id^=xss-probe]")))
        .as(page + ": elements created from typed text")
        .isEmpty();
    assertThat(
            browser.findElements(
                By.cssSelector("main script, main svg[onload], main img[onerror]")))
        .as(page + ": script, or elements with handlers, in the page's content")
        .isEmpty();
    String text = browser.findElement(By.tagName("main")).getText();
    for (HostileText.Probe probe : shown) {
      assertThat(text).as(page + ": " + probe + " reads as typed").contains(probe.value());
    }
  }

  @Test
  void anIgOfficerFindsAClosedRecordsRetentionAndKeepsItLonger() {
    // A complaint closed as outside the ICB's remit starts its 10-year retention at once.
    JsonObject complaint = receiveComplaintFile();
    String id = complaint.getString("id");
    String reference = complaint.getString("reference");
    postAsHandler(
        "api/complaints/" + id + "/remit-decision",
        "{\"withinRemit\":false,\"reason\":\"ALREADY_WITH_PROVIDER\",\"whereToGo\":\"The trust.\"}",
        200);
    browser = Browsers.chromium(true);
    signIn("ig-officer", PASSWORD);

    clickAndWaitForTheNextPage(browser.findElement(By.linkText("Retention")));
    assertThat(browser.getTitle()).isEqualTo("Retention review - ICB Case Workflows");
    checkPage("retention-list");
    browser.get(url("retention/complaint/" + id));
    assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(text(By.tagName("h1"))).isEqualTo("Record " + reference);
    assertThat(text(By.id("record-status"))).isEqualTo("Kept");
    assertThat(browser.findElements(By.id("destroy-record")))
        .as("no destruction before the end of retention")
        .isEmpty();
    checkPage("retention-record");

    clickAndWaitForTheNextPage(browser.findElement(By.id("extend-retention")));
    assertThat(text(By.id("error-summary"))).contains("There is a problem");
    checkPage("retention-record-errors");

    LocalDate later = LocalDate.now().plusYears(12);
    typeDate("retainUntil", later);
    type("reason", "A clinical negligence claim about this care is still open.");
    clickAndWaitForTheNextPage(browser.findElement(By.id("extend-retention")));
    assertThat(browser.getPageSource()).contains("will be kept until");
    assertThat(text(By.id("extensions")))
        .contains("A clinical negligence claim about this care is still open.");
    checkPage("retention-record-extended");

    // The IG team's page of refused sign-ins (issue 19), after one refused API call.
    assertThat(refusedBasicCall()).isEqualTo(401);
    clickAndWaitForTheNextPage(browser.findElement(By.linkText("Refused sign-ins")));
    assertThat(browser.getTitle()).isEqualTo("Refused sign-ins - ICB Case Workflows");
    assertThat(text(By.id("current-total"))).contains("refused from");
    assertThat(browser.findElements(By.cssSelector("table.refusal-sources"))).isNotEmpty();
    checkPage("sign-in-refusals");
  }

  /** A wrong password for a made-up name on the API: one refusal counted for this address. */
  private int refusedBasicCall() {
    String credentials =
        Base64.getEncoder()
            .encodeToString("nobody-in-the-browser-tests:wrong".getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(url("api/tasks")))
                  .header("Authorization", "Basic " + credentials)
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCoordinatorLogsAndScreensARequestAndThePanelDecidesItAtAMeeting() {
    browser = Browsers.chromium(true);
    signIn("ifr-coordinator", PASSWORD);

    browser.get(url("ifr/new"));
    checkPage("ifr-intake");
    type("patientName", "Mrs Eleanor Whitcombe");
    type("patientNhsNumber", "943 476 5919");
    typeDate("patientDateOfBirth", LocalDate.of(1961, 7, 3));
    type("patientAddress", "14 Orchard Rise");
    type("patientPostcode", "LS9 4QT");
    type("clinicianName", "Dr Amir Patel");
    type("clinicianRole", "Consultant rheumatologist");
    type("clinicianOrganisation", "Stanton General Hospital");
    type("clinicianAddress", "Rheumatology");
    choose("treatmentCode-BIOLOGIC_OFF_LABEL");
    type("condition", "Mrs Whitcombe has refractory arthritis.");
    type("whyExceptional", "Eleanor has a rare antibody profile.");
    type("estimatedCost", "12500.00");
    choose("urgent-no");
    choose("consentShown-yes");
    type("consentEvidence", "Signed consent section");
    submit();
    assertThat(text(By.id("flash"))).contains("Request logged");
    String reference =
        browser.getTitle().replaceAll("^Funding request (IFR-\\d{4}-\\d{6}).*$", "$1");
    assertThat(reference).matches("IFR-\\d{4}-\\d{6}");
    String id = browser.getCurrentUrl().replaceAll("^.*/ifr/([^/#?]+).*$", "$1");

    browser.get(url("ifr"));
    checkPage("ifr-list");
    rowOf(reference).findElement(By.linkText(reference)).click();
    assertThat(text(By.id("summary"))).contains("Mrs Eleanor Whitcombe", "refractory arthritis");
    assertThat(text(By.id("diagram-text"))).isNotBlank();
    checkPage("ifr-case");

    doAction("screen");
    checkPage("ifr-screening-form");
    submit();
    assertThat(text(By.className("nhsuk-error-summary"))).contains("Select what screening found");
    choose("outcome-ACCEPTED");
    type("note", "Complete, and no policy covers it.");
    submit();
    assertThat(text(By.id("flash"))).contains(reference, "screened");

    browser.get(url("ifr-panel-meetings"));
    checkPage("ifr-meetings");
    browser.findElement(By.id("schedule-meeting")).click();
    checkPage("ifr-schedule");
    typeDate("date", LocalDate.now().plusDays(7));
    submit();
    assertThat(text(By.id("paper-" + reference))).contains("refractory arthritis", "[name]");
    assertThat(text(By.tagName("main"))).doesNotContain("Whitcombe", "Eleanor", "943 476 5919");
    String meeting = browser.getCurrentUrl().replaceAll("[#?].*$", "");
    checkPage("ifr-meeting");

    doAction("attendance");
    type(
        "members",
        "Dr Ruth Ames, chair\nDr Kwame Boateng, clinical\nSam Reid, lay\nDr Ola Reyes, clinical");
    submit();
    assertThat(text(By.id("members"))).contains("Dr Ruth Ames", "Chair", "Present");

    doAction("conflicts");
    checkPage("ifr-conflict-form");
    choose("memberName-4");
    choose("requestId-" + id);
    type("interest", "Treats the patient's sister");
    submit();
    assertThat(text(By.id("flash"))).contains("Conflict of interest recorded");
    assertThat(text(By.id("paper-" + reference))).contains("Dr Ola Reyes");

    browser.manage().deleteAllCookies();
    signIn("ifr-panel", PASSWORD);
    browser.get(meeting);
    doAction("decide");
    checkPage("ifr-decision-form");
    choose("requestId-" + id);
    choose("significantlyDifferent-no");
    type("significantlyDifferentReasons", "Like others with the condition.");
    choose("moreBenefit-no");
    type("moreBenefitReasons", "No more benefit than others would gain.");
    choose("outcome-DECLINED");
    type("reasons", "The panel did not find the circumstances exceptional.");
    submit();
    assertThat(text(By.id("flash"))).contains("Decision recorded for request " + reference);
    checkPage("ifr-meeting-decided");

    browser.get(url("ifr-figures"));
    assertThat(text(By.id("exact-figures"))).contains("exact figures");
    checkPage("ifr-figures");
  }

  @Test
  void anAssessorCompletesAChecklistAndADecisionSupportToolAndThePanelDecides() {
    String id = referChcCaseWithConsent();
    String casePage = url("chc-cases/" + id);
    browser = Browsers.chromium(true);
    signIn("chc-assessor", PASSWORD);
    browser.get(casePage);
    checkPage("chc-case-page-new");

    doAction("checklist");
    checkPage("chc-checklist-form");
    type("completedBy", "Sam Okafor, Discharge Liaison Nurse");
    String[] checklistDomains = {
      "BREATHING",
      "NUTRITION",
      "CONTINENCE",
      "SKIN_INTEGRITY",
      "MOBILITY",
      "COMMUNICATION",
      "PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS",
      "COGNITION",
      "BEHAVIOUR",
      "DRUG_THERAPIES_AND_MEDICATION",
      "ALTERED_STATES_OF_CONSCIOUSNESS"
    };
    for (String domain : checklistDomains) {
      boolean high = domain.equals("BEHAVIOUR") || domain.equals("COGNITION");
      choose("level-" + domain + "-" + (high ? "A" : "C"));
      type("evidence-" + domain, "Ward notes, " + domain.toLowerCase(java.util.Locale.UK));
    }
    submit();
    assertThat(text(By.id("flash"))).contains("The Checklist was saved");
    doAction("checklist-completion");
    checkPage("chc-checklist-completion-form");
    typeDate("receivedOn", LocalDate.now());
    submit();
    assertThat(text(By.id("flash"))).contains("The Checklist is positive");
    browser.get(casePage);
    assertThat(text(By.id("checklist-outcome"))).contains("Positive");
    checkPage("chc-case-page-positive");

    doAction("dst");
    checkPage("chc-dst-form");
    String[] dstDomains = {
      "BEHAVIOUR", "COGNITION", "PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS", "COMMUNICATION", "MOBILITY",
      "NUTRITION", "CONTINENCE", "SKIN_INTEGRITY", "BREATHING", "DRUG_THERAPIES_AND_MEDICATION",
      "ALTERED_STATES_OF_CONSCIOUSNESS", "OTHER_SIGNIFICANT_CARE_NEEDS"
    };
    for (String domain : dstDomains) {
      boolean severe = domain.equals("BEHAVIOUR") || domain.equals("COGNITION");
      choose("level-" + domain + "-" + (severe ? "SEVERE" : "LOW"));
      type("evidence-" + domain, "MDT notes");
    }
    type("member-1-name", "Rachel Green");
    choose("member-1-profession-REGISTERED_NURSE");
    type("member-2-name", "Ana Silva");
    choose("member-2-profession-SOCIAL_WORKER");
    typeDate("invitedOn", LocalDate.now());
    choose("givenBy-THE_INDIVIDUAL");
    type("view", "I want to stay near my wife.");
    submit();
    assertThat(text(By.id("flash"))).contains("The Decision Support Tool was saved");
    assertThat(browser.findElements(By.id("dst-missing")))
        .as("nothing is missing before the recommendation")
        .isEmpty();
    doAction("recommendation");
    checkPage("chc-recommendation-form");
    choose("outcome-ELIGIBLE");
    type("nature", "Distressed behaviour that needs skilled care.");
    type("intensity", "Two carers several times a day.");
    type("complexity", "Behaviour and cognition interact.");
    type("unpredictability", "Episodes come without warning.");
    submit();
    assertThat(text(By.id("flash"))).contains("the panel decides next");
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("chc-panel", PASSWORD);
    browser.get(casePage);
    doAction("decision");
    checkPage("chc-decision-form");
    choose("eligible-yes");
    submit();
    assertThat(text(By.className("nhsuk-error-summary"))).contains("Enter the reasons");
    checkPage("chc-decision-form-errors");
    type("reasons", "Severe, unpredictable needs in behaviour and cognition.");
    submit();
    assertThat(text(By.id("flash"))).contains("Eligible: the decision letter has been sent");
    browser.get(casePage);
    assertThat(text(By.id("decision"))).contains("Eligible");
    assertThat(browser.findElement(By.partialLinkText("eligibility for NHS Continuing Healthcare")))
        .isNotNull();
    checkPage("chc-case-page-decided");
  }

  /** A CHC referral through the REST API, consent recorded and the assessment agreed. */
  private String referChcCaseWithConsent() {
    String body =
        "{\"individual\":{\"name\":\"Mr Harold Finch\",\"nhsNumber\":\"9434765919\","
            + "\"dateOfBirth\":\"1940-01-09\",\"addressLines\":[\"Ward 3\"],\"postcode\":\"LU4 0DZ\"},"
            + "\"route\":\"CHECKLIST\",\"referredBy\":\"Sam Okafor, nurse\",\"livesIn\":\"HOSPITAL\"}";
    String id = postAs("chc-assessor", "api/chc", body, 201).getString("id");
    postAs(
        "chc-assessor",
        "api/chc/" + id + "/consents",
        "{\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"THE_PERSON\",\"method\":\"VERBAL\"}",
        200);
    postAs(
        "chc-assessor",
        "api/chc/" + id + "/assessment-decision",
        "{\"assessmentAgreed\":true}",
        200);
    return id;
  }

  // ------------------------------------------------------------------------------------------

  /**
   * Issue 14: a handler stops the clock on a complaint under investigation and the letter telling
   * the complainant shows on the case page; a complaint received a fortnight ago and still not
   * acknowledged appears in the complaints manager's breaches view, which a handler may not open.
   */
  @Test
  void aClockStopSendsALetterShownOnTheCasePageAndABreachAppearsInTheManagersView()
      throws InterruptedException {
    // One complaint through it all (issue 14's Done when): received a fortnight ago, so its
    // acknowledgement deadline has passed and is escalated at once; then its clock is stopped.
    JsonObject file =
        postAsHandler(
            "api/complaints",
            "{\"channel\":\"LETTER\",\"receivedAt\":\""
                + java.time.Instant.now().minus(Duration.ofDays(14))
                + "\",\"complainant\":{\"name\":\"Mr Owen Pryce\",\"addressLines\":[\"4 Hill Rise\",\"Luton\"],\"postcode\":\"LU2 7AB\"},"
                + "\"subject\":{\"organisationOrService\":\"Northvale GP Practice\"},"
                + "\"details\":{\"whatHappened\":\"No reply to my letter.\",\"happenedOn\":\""
                + LocalDate.now().minusDays(40)
                + "\"}}",
            201);
    String id = file.getString("id");
    String reference = file.getString("reference");
    // The escalation is a timer job: wait for it before the remit check that would cancel it.
    java.time.Instant escalatedBy = java.time.Instant.now().plusSeconds(90);
    while (!getAs("complaints-manager", "api/complaint-breaches").contains(id)
        && java.time.Instant.now().isBefore(escalatedBy)) {
      Thread.sleep(1000);
    }
    for (String purpose :
        new String[] {"PROCESS_CASE", "SHARE_WITH_PROVIDER", "SHARE_IDENTITY_WITH_SUBJECT"}) {
      postAsHandlerAgainAfterAConflict(
          "api/complaints/" + id + "/consents",
          "{\"whose\":\"COMPLAINANT\",\"purpose\":\""
              + purpose
              + "\",\"givenAs\":\"THE_PERSON\",\"method\":\"WRITTEN\",\"givenAt\":\""
              + java.time.Instant.now().minusSeconds(60)
              + "\"}");
    }
    postAsHandlerAgainAfterAConflict(
        "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    postAsHandlerAgainAfterAConflict("api/complaints/" + id + "/acknowledgement", "");
    postAsHandlerAgainAfterAConflict(
        "api/complaints/" + id + "/plan",
        "{\"issues\":[\"The late first visit\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}");
    String late = reference;

    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);
    browser.findElement(By.linkText("Complaints")).click();
    browser.findElement(By.id("q")).sendKeys(reference);
    clickAndWaitForTheNextPage(browser.findElement(By.id("apply-filters")));
    clickAndWaitForTheNextPage(browser.findElement(By.linkText(reference)));
    doAction("clock-stop");
    type("reason", "We are waiting for the trust's visit records.");
    checkPage("clock-stop-form");
    submit();
    assertThat(text(By.id("flash"))).contains("clock was stopped", "sent a letter");
    assertThat(text(By.id("letters")))
        .contains("We have paused the timescale for your complaint (PDF)");
    checkPage("case-page-clock-stopped");
    browser.get(url("complaint-breaches"));
    assertThat(browser.getTitle()).doesNotContain("Complaints' breaches");
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));

    signIn("complaints-manager", PASSWORD);
    java.time.Instant giveUp = java.time.Instant.now().plusSeconds(90);
    clickAndWaitForTheNextPage(browser.findElement(By.linkText("Complaint breaches")));
    while (browser.findElements(By.linkText(late)).isEmpty()
        && java.time.Instant.now().isBefore(giveUp)) {
      Thread.sleep(2000);
      browser.get(url("complaint-breaches"));
    }
    assertThat(browser.getTitle()).startsWith("Complaints' breaches");
    assertThat(rowOf(late).getText()).contains("Acknowledgement not sent within 3 working days");
    checkPage("complaint-breaches");
    clickAndWaitForTheNextPage(browser.findElement(By.linkText(late)));
    assertThat(text(By.tagName("h1"))).startsWith(late);
  }

  /**
   * Issue 18 point 6 in the browser: the governing body finds the complaints report in the header,
   * picks the financial year, and sees its headline figures, two charts drawn as SVG images with
   * their titles and descriptions, the tables behind them, the stories section and a PDF that
   * veraPDF passes as PDF/A-2a; nothing on the page names the complainant, shows a reference or
   * links to a complaint; axe passes. A complaints handler is refused the page.
   */
  @Test
  void theGoverningBodyReadsTheComplaintsReportWithItsChartsAndNothingIdentifiable()
      throws IOException {
    String reference = receiveComplaint();
    publishedStory();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    String year = yearStart + "/" + String.format("%02d", (yearStart + 1) % 100);
    browser = Browsers.chromium(true);

    signIn("governing-body", PASSWORD);
    browser.findElement(By.linkText("Complaints report")).click();
    assertThat(browser.getTitle()).startsWith("Complaints report to the governing body: Q");
    browser.findElement(By.id("periods")).findElement(By.linkText(year)).click();

    assertThat(browser.getTitle())
        .isEqualTo("Complaints report to the governing body: " + year + " - ICB Case Workflows");
    assertThat(text(By.id("headlines")))
        .contains("Complaints received", "Acknowledged within 3 working days");
    List<WebElement> charts =
        browser.findElements(By.cssSelector("figure.report-chart svg[role='img']"));
    assertThat(charts).hasSize(2);
    assertThat(charts.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
        .isEqualTo("Complaints received per month");
    assertThat(charts.get(0).findElement(By.tagName("desc")).getAttribute("textContent"))
        .startsWith("April " + yearStart + ": ");
    assertThat(text(By.id("table-1"))).startsWith("Complaints received by month");
    assertThat(text(By.id("stories")))
        .contains(
            "[name]",
            "waited four days for her first district nurse visit.",
            "First visits are now booked within two days of referral.")
        .doesNotContain("Siân", "Evans");
    String page = text(By.tagName("main"));
    assertThat(page).doesNotContain(reference, "Siân Evans", "Station Road");
    assertThat(browser.findElements(By.cssSelector("main a[href*='/complaints/']"))).isEmpty();
    checkPage("complaints-report");

    String pdfLink =
        browser
            .findElement(By.partialLinkText("Download this report as a PDF"))
            .getAttribute("href");
    HttpResponse<byte[]> pdf = downloadAsTheBrowser(pdfLink);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(PdfAValidator.failedRules(pdf.body(), "2a")).isEmpty();

    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));
    signIn("complaints-handler", PASSWORD);
    browser.get(url("complaint-reports"));
    assertThat(browser.getTitle())
        .isEqualTo("You do not have access to this page - ICB Case Workflows");
  }

  private void signIn(String user, String password) {
    browser.get(url("tasks"));
    assertThat(browser.getTitle()).isEqualTo("Sign in - ICB Case Workflows");
    checkPage("sign-in");
    fillInSignIn(user, password);
  }

  private void fillInSignIn(String user, String password) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-in")));
  }

  /** Clicks a button that posts a form, and waits until the browser has left the page. */
  private void clickAndWaitForTheNextPage(WebElement button) {
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            driver -> {
              try {
                button.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                // Stale, or "does not belong to the document": the old page is gone.
                return true;
              }
            });
  }

  private void openCaseFromTaskList(String reference) {
    browser.get(url("tasks?assigned=all&order=desc"));
    rowOf(reference).findElement(By.linkText(reference)).click();
  }

  private void doAction(String path) {
    browser.findElement(By.id("action-" + path)).click();
  }

  private void choose(String radioId) {
    browser.findElement(By.cssSelector("label[for='" + radioId + "']")).click();
  }

  private void tick(String checkboxId) {
    browser.findElement(By.cssSelector("label[for='" + checkboxId + "']")).click();
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void typeDate(String name, LocalDate date) {
    type(name + "-day", String.valueOf(date.getDayOfMonth()));
    type(name + "-month", String.valueOf(date.getMonthValue()));
    type(name + "-year", String.valueOf(date.getYear()));
  }

  /** A file on disk for a file input, as a person would pick one. */
  private static Path file(String name, byte[] content) {
    try {
      Path directory = Files.createDirectories(Path.of("target", "upload-files"));
      return Files.write(directory.resolve(name), content);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Picks a file. With JavaScript the design system hides the input behind its drop zone and gives
   * the input's id to its button (so the error summary's link focuses the button): the input is
   * found by name.
   */
  private void chooseFile(Path file) {
    browser
        .findElement(By.cssSelector("input[type='file'][name='file']"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private void submit() {
    clickAndWaitForTheNextPage(browser.findElement(By.id("submit")));
  }

  private void recordConsentFromCase(String purpose) {
    doAction("consent");
    recordConsent(purpose);
  }

  private void recordConsent(String purpose) {
    choose("whose-COMPLAINANT");
    choose("purpose-" + purpose);
    choose("givenAs-THE_PERSON");
    choose("method-FORM");
    typeDate("givenOn", LocalDate.now());
    submit();
  }

  /** Fetches a link with the browser's own session, as a click on a download would. */
  private HttpResponse<byte[]> downloadAsTheBrowser(String href) {
    String cookies =
        browser.manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void assertSkipLinkIsTheFirstTabStop() {
    browser.get(browser.getCurrentUrl());
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    assertThat(focused.getAttribute("href")).endsWith("#maincontent");
  }

  private WebElement rowOf(String reference) {
    return browser.findElement(By.xpath("//tr[.//a[text()='" + reference + "']]"));
  }

  private String text(By by) {
    return browser.findElement(by).getText();
  }

  private void checkPage(String name) {
    screenshot(browser, name);
    Accessibility.assertNoSeriousViolations(browser, name + " (" + browser.getCurrentUrl() + ")");
  }

  private static void screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String url(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + path;
  }

  /** A call to the REST API as the complaints handler; returns the JSON answer. */
  private JsonObject postAsHandler(String path, String json, int expected) {
    return postAs("complaints-handler", path, json, expected);
  }

  /** A GET of the REST API as {@code user}; returns the answer's body. */
  private String getAs(String user, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * As {@link #postAsHandler} with 200 expected, but a 409 "someone else changed this case" is sent
   * again a second later, as the person told so would: the case's escalation timers run on the
   * engine's job thread and may change the case at that very moment (seen on a loaded machine).
   */
  private JsonObject postAsHandlerAgainAfterAConflict(String path, String json)
      throws InterruptedException {
    for (int attempt = 1; attempt < 5; attempt++) {
      HttpResponse<String> answer = post("complaints-handler", path, json);
      if (answer.statusCode() != 409) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
      }
      Thread.sleep(1000);
    }
    return postAsHandler(path, json, 200);
  }

  /** A call to the REST API as {@code user}; returns the JSON answer. */
  private JsonObject postAs(String user, String path, String json, int expected) {
    HttpResponse<String> answer = post(user, path, json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private HttpResponse<String> post(String user, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new complaint through the REST API, so its first task is waiting; returns its reference. */
  /**
   * A complaint received, acknowledged, investigated and answered as upheld, signed off by the
   * manager, all through the API: closed, with one learning action and a story consent asked.
   */
  private JsonObject answeredUpheldComplaint() {
    JsonObject received = receiveComplaintFile();
    String id = received.getString("id");
    for (String purpose :
        List.of("PROCESS_CASE", "SHARE_WITH_PROVIDER", "SHARE_IDENTITY_WITH_SUBJECT")) {
      postAsHandler(
          "api/complaints/" + id + "/consents",
          "{\"whose\":\"COMPLAINANT\",\"purpose\":\""
              + purpose
              + "\",\"givenAs\":\"THE_PERSON\",\"method\":\"WRITTEN\",\"givenAt\":\""
              + java.time.Instant.now().minusSeconds(60)
              + "\"}",
          200);
    }
    postAsHandler("api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}", 200);
    postAsHandler("api/complaints/" + id + "/acknowledgement", "", 200);
    postAsHandler(
        "api/complaints/" + id + "/plan",
        "{\"issues\":[\"Late first visit\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}",
        200);
    postAsHandler("api/complaints/" + id + "/investigation-complete", "", 200);
    postAsHandler(
        "api/complaints/" + id + "/draft-response",
        "{\"outcomes\":[\"UPHELD\"],\"steps\":[\"We read the visit records.\"],"
            + "\"findings\":[\"The first visit was four days late.\"],"
            + "\"overallSummary\":\"The first visit was late.\",\"apology\":\"We are sorry.\","
            + "\"actions\":[{\"description\":\"Book first visits within two days\","
            + "\"owner\":\"District nursing lead\",\"dueBy\":\""
            + LocalDate.now().plusMonths(1)
            + "\"}],\"satisfied\":true}",
        200);
    postAs("complaints-manager", "api/complaints/" + id + "/sign-off", "{\"approved\":true}", 200);
    return received;
  }

  /**
   * The story of an answered, upheld complaint, told with the service user's consent, drafted with
   * names in it, approved by the manager and the Caldicott Guardian: published, redacted.
   */
  private void publishedStory() {
    String reference = answeredUpheldComplaint().getString("reference");
    JsonObject story =
        Json.createReader(new StringReader(getAs("complaints-handler", "api/stories")))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(each -> each.getString("complaintReference").equals(reference))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no story asked for " + reference));
    String path = "api/stories/" + story.getString("id");
    postAsHandler(
        path + "/consent-answers", "{\"person\":\"service user\",\"answer\":\"GIVEN\"}", 200);
    postAsHandler(
        path + "/draft",
        "{\"concern\":\"Mrs Siân Evans waited four days for her first district nurse visit.\","
            + "\"improvements\":\"First visits are now booked within two days of referral.\","
            + "\"procedure\":\"Mrs Evans had her response within the time agreed.\"}",
        200);
    postAs("complaints-manager", path + "/reviews", "{\"approved\":true}", 200);
    JsonObject published =
        postAs("caldicott-guardian", path + "/reviews", "{\"approved\":true}", 200);
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
  }

  private String receiveComplaint() {
    return receiveComplaintFile().getString("reference");
  }

  private JsonObject receiveComplaintFile() {
    String body =
        "{\"channel\":\"LETTER\","
            + "\"complainant\":{\"name\":\"Mrs Siân Evans\",\"addressLines\":[\"12 Station Road\",\"Luton\"],\"postcode\":\"LU1 2LJ\"},"
            + "\"subject\":{\"organisationOrService\":\"Northvale Community Health NHS Trust\",\"peopleNamed\":[\"District nurse team\"]},"
            + "\"details\":{\"whatHappened\":\"The first visit was four days late.\",\"happenedOn\":\""
            + LocalDate.now().minusDays(20)
            + "\",\"desiredOutcome\":\"An explanation and an apology.\"}}";
    return postAsHandler("api/complaints", body, 201);
  }

  /**
   * Point 11 in the browser: a complaint answered and closed (set up through the API) is reopened
   * by the handler from its case page because the complainant is not satisfied, and goes through
   * its further response; every page on the way passes axe.
   */
  @Test
  void aReopenedComplaintGoesThroughItsFurtherResponseInTheBrowser() {
    JsonObject received = answeredUpheldComplaint();
    String id = received.getString("id");
    String reference = received.getString("reference");

    browser = Browsers.chromium(true);
    signIn("complaints-handler", PASSWORD);
    browser.get(url("complaints/" + id));
    assertThat(text(By.id("status"))).isEqualTo("Closed");
    assertThat(text(By.id("learning-actions")))
        .contains("Book first visits within two days", "District nursing lead", "Open");
    doAction("reopening");
    submit();
    assertThat(browser.getTitle()).startsWith("Error: Reopen the complaint");
    checkPage("reopening-form-error");
    type("unresolved", "Why nobody told me the visit was cancelled.");
    checkPage("reopening-form");
    submit();
    assertThat(text(By.id("flash"))).contains("The complaint was reopened");
    assertThat(text(By.id("status"))).contains("Reopened for a further response");
    assertThat(text(By.id("further-responses")))
        .contains("Why nobody told me the visit was cancelled.", "Open");
    assertThat(text(By.id("letters"))).contains("We are looking at your complaint again (PDF)");
    checkPage("case-page-reopened");

    doAction("further-response");
    type("furtherResponse", "The cancellation was not passed on by the booking team.");
    checkPage("further-response-form");
    submit();
    browser.get(url("complaints/" + id));
    assertThat(text(By.id("status"))).isEqualTo("Closed");
    assertThat(text(By.id("closure"))).contains("Responded");
    assertThat(text(By.id("further-responses"))).contains("Sent");
    assertThat(text(By.id("letters"))).contains("Our further response to your complaint (PDF)");
    assertThat(text(By.tagName("h1"))).contains(reference);
    checkPage("case-page-further-response-sent");

    // What follows the response, on its pages (issue 14 points 12 to 14).
    doAction("ombudsman-referral");
    typeDate("referredOn", LocalDate.now());
    type("ombudsmanReference", "PHSO-789");
    checkPage("ombudsman-referral-form");
    submit();
    assertThat(text(By.id("flash"))).contains("referral to the Ombudsman was recorded");
    doAction("ombudsman-decision");
    choose(browser.findElement(By.cssSelector("input[name='referral']")).getAttribute("id"));
    choose("decision-PARTLY_UPHELD");
    typeDate("decidedOn", LocalDate.now());
    type("decisionSummary", "The cancellation should have been passed on.");
    type("recommendation-1-description", "Tell patients of a cancelled visit the same day");
    type("recommendation-1-owner", "Booking team manager");
    typeDate("recommendation-1-dueBy", LocalDate.now().plusMonths(2));
    checkPage("ombudsman-decision-form");
    submit();
    assertThat(text(By.id("ombudsman-referrals"))).contains("PHSO-789", "Partly upheld");
    assertThat(text(By.id("learning-actions")))
        .contains("Tell patients of a cancelled visit the same day", "Ombudsman's recommendation");
    doAction("action-done");
    submit();
    assertThat(browser.getTitle()).startsWith("Error: Record an action done");
    checkPage("action-done-form-error");
    choose(browser.findElement(By.cssSelector("input[name='action']")).getAttribute("id"));
    type("actionNote", "Done and checked.");
    submit();
    assertThat(text(By.id("learning-actions"))).contains("Done and checked.");
    doAction("staff-told");
    type("staffName", "Alex Morgan");
    type("staffRole", "District nurse");
    typeDate("toldOn", LocalDate.now());
    type("supportOffered", "Time with the team lead");
    choose("supportAccepted-yes");
    checkPage("staff-told-form");
    submit();
    assertThat(text(By.id("staff-told"))).contains("Alex Morgan", "Time with the team lead");
  }

  /**
   * A Fast Track case whose package was arranged over REST: the assessor records a review that
   * changes the package on the review form (a missing answer shown beside its field first), and the
   * case page shows both versions of the package with who changed it and why. Axe on the form, the
   * form with its errors and the case page.
   */
  @Test
  void anAssessorRecordsAReviewThatChangesTheCarePackage() {
    String today = LocalDate.now().toString();
    String referral =
        "{\"individual\":{\"name\":\"Mr Alan Price\",\"nhsNumber\":\"9434765919\","
            + "\"dateOfBirth\":\"1948-03-12\",\"addressLines\":[\"4 Mill Lane\"],"
            + "\"postcode\":\"LU4 8JB\"},\"route\":\"FAST_TRACK\","
            + "\"referredBy\":\"Dr Laura Bennett, GP\",\"livesIn\":\"OWN_HOME\","
            + "\"fastTrack\":{\"clinician\":\"Dr Laura Bennett\","
            + "\"clinicianRegistration\":\"GMC 7012345\",\"reason\":\"Rapid decline.\"}}";
    String id = postAs("chc-assessor", "api/chc", referral, 201).getString("id");
    postAs(
        "chc-assessor",
        "api/chc/" + id + "/care-package",
        "{\"provider\":\"Chiltern Vale Home Care Ltd\",\"setting\":\"OWN_HOME\","
            + "\"weeklyCost\":1450.75,\"startsOn\":\""
            + today
            + "\",\"personalHealthBudget\":false}",
        200);
    String casePage = url("chc-cases/" + id);
    browser = Browsers.chromium(true);
    signIn("chc-assessor", PASSWORD);
    browser.get(casePage);

    doAction("review");
    checkPage("chc-review-form");
    typeDate("heldOn", LocalDate.now());
    choose("outcome-PACKAGE_CHANGED");
    type("package.provider", "Greenacre Nursing Home");
    choose("package.setting-CARE_HOME_WITH_NURSING");
    type("package.weeklyCost", "1890.50");
    typeDate("package.startsOn", LocalDate.now());
    choose("package.personalHealthBudget-yes");
    type("package.reason", "Moved to a nursing home: needs a nurse at night.");
    submit();
    assertThat(text(By.className("nhsuk-error-summary"))).contains("Enter what the review found");
    checkPage("chc-review-form-errors");
    type("notes", "Night-time needs have grown; the family chose a nursing home.");
    submit();
    assertThat(text(By.id("flash"))).contains("The review was recorded");

    browser.get(casePage);
    String packages = text(By.id("care-packages"));
    assertThat(packages)
        .contains("Chiltern Vale Home Care Ltd")
        .contains("Greenacre Nursing Home")
        .contains("£1,890.50")
        .contains("Moved to a nursing home: needs a nurse at night.");
    assertThat(browser.findElements(By.cssSelector("#care-packages tbody tr"))).hasSize(2);
    assertThat(text(By.id("care-reviews"))).contains("Package changed");
    checkPage("chc-case-page-reviewed");

    // The governing body sees the quarter's figures only through the small-number rule.
    clickAndWaitForTheNextPage(browser.findElement(By.id("sign-out")));
    signIn("governing-body", PASSWORD);
    browser.get(url("chc-figures"));
    assertThat(text(By.id("figures-1"))).contains("Fast Track referrals received");
    checkPage("chc-figures-published");
  }
}
