package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

class LetterComposerTest {

  static final LetterTemplate TEMPLATE =
      LetterTemplate.parse(
          "test/x.html",
          "<!--\n letter: x-test\n version: 4\n title: A test letter\n-->\n"
              + "<h1>Hello</h1><p>Dear {{salutation}},</p>{{#items}}<li>{{.}}</li>{{/items}}"
              + "{{#optional}}<p>Optional {{optional}}</p>{{/optional}}<p>On {{when}}</p>");

  static final Letterhead LETTERHEAD =
      new Letterhead(
          "NHS Example Integrated Care Board",
          List.of("Example House", "1 Example Street", "Luton"),
          "LU1 2LJ",
          "Telephone: 0300 000 0000",
          "Email: example.icb@nhs.net",
          "www.example-icb.nhs.uk");

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  static final String REFERENCE = "CMP-2026-000123";
  static final Recipient RECIPIENT =
      new Recipient("Ms Siân Jones", List.of("1 High Street", "Aberystwyth"), "SY23 1AA");
  static final Signatory SIGNATORY = new Signatory("Dr Alex Morgan", "Head of Complaints");

  private final LetterComposer composer = new LetterComposer();

  static Map<String, Object> fields(String salutation) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("salutation", salutation);
    fields.put("items", List.of("first point", "second point"));
    fields.put("when", LocalDate.of(2027, 3, 1));
    return fields;
  }

  static LetterContent content(Map<String, Object> fields) {
    return content(null, RECIPIENT, fields);
  }

  static LetterContent content(
      NhsNumber nhsNumber, Recipient recipient, Map<String, Object> fields) {
    return new LetterContent("x-test", REFERENCE, nhsNumber, recipient, SIGNATORY, fields);
  }

  private String compose(Map<String, Object> fields) {
    return composer.compose(TEMPLATE, content(fields), LETTERHEAD, DATE);
  }

  private InvalidInputException refused(LetterTemplate template, Map<String, Object> fields) {
    return catchThrowableOfType(
        InvalidInputException.class,
        () -> composer.compose(template, content(fields), LETTERHEAD, DATE));
  }

  static Document parseXml(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theLetterIsAnEnglishPageTitledAfterTheTemplate() {
    String xhtml = compose(fields("Ms Jones"));

    assertThat(xhtml)
        .contains("<html lang=\"en-GB\">")
        .contains("<title>A test letter</title>")
        .contains("<meta name=\"subject\" content=\"A test letter\" />");
  }

  @Test
  void theLetterheadShowsTheIcbAndItsReturnAddress() {
    String xhtml = compose(fields("Ms Jones"));

    assertThat(xhtml)
        .contains("<p class=\"icb-name\">NHS Example Integrated Care Board</p>")
        .contains("Example House<br />1 Example Street<br />Luton<br />LU1 2LJ<br />")
        .contains("Telephone: 0300 000 0000")
        .contains("Email: example.icb@nhs.net");
  }

  @Test
  void theRecipientIsAddressedLineByLine() {
    String xhtml = compose(fields("Ms Jones"));

    assertThat(xhtml)
        .containsSubsequence(
            "<p>Ms Siân Jones</p>",
            "<p>1 High Street</p>",
            "<p>Aberystwyth</p>",
            "<p>SY23 1AA</p>");
  }

  @Test
  void theDateIsWrittenTheUkWayAndTheReferenceFollows() {
    String xhtml = compose(fields("Ms Jones"));

    assertThat(xhtml)
        .contains("<p>Date: 23 November 2026</p>")
        .contains("<p>Our ref: CMP-2026-000123</p>");
  }

  @Test
  void theNhsNumberIsShownInThreeThreeFourGroupsWhenTheLetterIsAboutAPatient() {
    String xhtml =
        composer.compose(
            TEMPLATE,
            content(NhsNumber.parse("9434765919"), RECIPIENT, fields("Ms Jones")),
            LETTERHEAD,
            DATE);

    assertThat(xhtml).contains("<p>NHS number: 943 476 5919</p>").doesNotContain("9434765919");
  }

  @Test
  void thereIsNoNhsNumberLineWhenTheLetterIsNotAboutAPatient() {
    assertThat(compose(fields("Ms Jones"))).doesNotContain("NHS number");
  }

  @Test
  void theBodyIsMergedWithTheFieldsBetweenTheReferencesAndTheSignature() {
    String xhtml = compose(fields("Ms Jones"));

    assertThat(xhtml)
        .containsSubsequence(
            "Our ref:",
            "<main>",
            "<h1>Hello</h1><p>Dear Ms Jones,</p><li>first point</li><li>second point</li>",
            "<p>On 1 March 2027</p>",
            "</main>",
            "<p>Yours sincerely</p>",
            "<p class=\"signatory\">Dr Alex Morgan</p>",
            "<p>Head of Complaints</p>",
            "<p>NHS Example Integrated Care Board</p>");
  }

  @Test
  void datesInsideListsAreWrittenTheUkWayToo() {
    LetterTemplate template =
        LetterTemplate.parse(
            "test/dates.html",
            "<!--\nletter: dates-test\nversion: 1\ntitle: Dates\n-->"
                + "{{#dates}}<li>{{.}}</li>{{/dates}}");

    String xhtml =
        composer.compose(
            template,
            content(Map.of("dates", List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 25)))),
            LETTERHEAD,
            DATE);

    assertThat(xhtml).contains("<li>1 March 2027</li><li>25 December 2026</li>");
  }

  @Test
  void anOptionalSectionWhoseFieldIsMissingIsSimplyLeftOut() {
    assertThat(compose(fields("Ms Jones"))).doesNotContain("Optional");
  }

  @Test
  void anOptionalSectionWhoseFieldIsGivenIsShown() {
    Map<String, Object> fields = fields("Ms Jones");
    fields.put("optional", "extra words");

    assertThat(compose(fields)).contains("<p>Optional extra words</p>");
  }

  @Test
  void anOptionalSectionWhoseFieldIsFalseOrAnEmptyListIsLeftOut() {
    Map<String, Object> fields = fields("Ms Jones");
    fields.put("optional", false);
    fields.put("items", List.of());

    assertThat(compose(fields)).doesNotContain("Optional").doesNotContain("<li>");
  }

  @Test
  void anOptionalSectionWhoseFieldIsBlankIsLeftOut() {
    Map<String, Object> fields = fields("Ms Jones");
    fields.put("optional", "");

    assertThat(compose(fields)).doesNotContain("Optional");
  }

  @Test
  void markupTypedByUsersStaysText() {
    Map<String, Object> fields = fields("<script>alert(\"x\")</script> Smith & Sons");
    fields.put("items", List.of("<b>bold</b>"));

    String xhtml = compose(fields);

    assertThat(xhtml)
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;")
        .contains("Smith &amp; Sons")
        .contains("&lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void markupInTheRecipientSignatoryAndReferenceStaysTextToo() {
    Recipient recipient = new Recipient("<i>Mr</i> O'Brien & Co", List.of("<u>1</u> Road"), "A&B");
    LetterContent content =
        new LetterContent(
            "x-test",
            "CMP<1>&",
            null,
            recipient,
            new Signatory("<em>Jo</em>", "Lead & Manager"),
            fields("Sir"));

    String xhtml = composer.compose(TEMPLATE, content, LETTERHEAD, DATE);

    assertThat(xhtml)
        .doesNotContain("<i>")
        .doesNotContain("<u>")
        .doesNotContain("<em>")
        .contains("&lt;i&gt;Mr&lt;/i&gt;")
        .contains("&amp; Co")
        .contains("Our ref: CMP&lt;1&gt;&amp;")
        .contains("Lead &amp; Manager");
  }

  @Test
  void controlCharactersAreRemovedButLineBreaksAndTabsAreKept() {
    Map<String, Object> fields = fields("Ms\u0007 Jo\u0000nes\u001B");
    fields.put("items", List.of("line one\nline two\tafter a tab", "dos\r\nline", "old mac\rline"));

    String xhtml = compose(fields);

    assertThat(xhtml)
        .contains("Dear Ms Jones,")
        .contains("<li>line one\nline two\tafter a tab</li>")
        .contains("<li>dos\nline</li>")
        .contains("<li>old mac\nline</li>")
        .doesNotContain("\u0007")
        .doesNotContain("\u0000")
        .doesNotContain("\u001B")
        .doesNotContain("\r");
  }

  @Test
  void accentedWelshAndEmojiCharactersAreKept() {
    Map<String, Object> fields = fields("Siân Ŵyn ap Rhys");
    fields.put("items", List.of("Diolch \uD83D\uDE00", "Ŷ ŵ ŷ Ẁ ẃ"));

    String xhtml = compose(fields);

    assertThat(xhtml)
        .contains("Dear Siân Ŵyn ap Rhys,")
        .contains("<li>Diolch \uD83D\uDE00</li>")
        .contains("<li>Ŷ ŵ ŷ Ẁ ẃ</li>");
  }

  @Test
  void brokenSurrogatesAndNonCharactersAreRemoved() {
    Map<String, Object> fields = fields("Ms \uD83DJones\uDE00");
    fields.put("items", List.of("end\uD83D", "\uFFFEa\uFFFFb"));

    String xhtml = compose(fields);

    assertThat(xhtml).contains("Dear Ms Jones,").contains("<li>end</li>").contains("<li>ab</li>");
  }

  @Test
  void aMissingRequiredFieldStopsTheLetterNamingTheFieldAndTheLetter() {
    Map<String, Object> fields = fields("unused");
    fields.remove("salutation");

    InvalidInputException thrown = refused(TEMPLATE, fields);

    assertThat(thrown).isNotNull();
    assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("fields.salutation");
    assertThat(thrown.errors().get(0).reason()).contains("'x-test'").contains("was not given");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title",
        "date",
        "reference",
        "nhsNumber",
        "recipient",
        "signatory",
        "icb",
        "closing",
        "body"
      })
  void aFieldNamedLikeAPartTheLetterFillsInItselfIsRefused(String name) {
    Map<String, Object> fields = fields("Ms Jones");
    fields.put(name, "sneaky");

    InvalidInputException thrown = refused(TEMPLATE, fields);

    assertThat(thrown).isNotNull();
    assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("fields." + name);
  }

  @Test
  void aValueOfAnUnsupportedTypeIsRefusedNamingWhereItIs() {
    Map<String, Object> top = fields("Ms Jones");
    top.put("thing", new Object());
    assertThat(refused(TEMPLATE, top).errors())
        .extracting(FieldError::field)
        .containsExactly("fields.thing");

    Map<String, Object> nested = fields("Ms Jones");
    nested.put("patient", Map.of("visits", List.of("fine", new StringBuilder("ok"), new Object())));
    assertThat(refused(TEMPLATE, nested).errors())
        .extracting(FieldError::field)
        .containsExactly("fields.patient.visits[2]");
  }

  @Test
  void numbersTrueFalseNestedMapsAndListsOfMapsAreMerged() {
    LetterTemplate template =
        LetterTemplate.parse(
            "test/nested.html",
            "<!--\nletter: nested-test\nversion: 1\ntitle: Nested\n-->\n"
                + "<p>{{patient.name}} born {{patient.born}}, {{patient.visits}} visits</p>"
                + "{{#patient.nhsFunded}}<p>NHS funded</p>{{/patient.nhsFunded}}"
                + "<ul>{{#people}}<li>{{name}} ({{role}})</li>{{/people}}</ul>");
    Map<String, Object> patient = new LinkedHashMap<>();
    patient.put("name", "Gwenllïan <Evans>");
    patient.put("born", LocalDate.of(1950, 2, 3));
    patient.put("visits", 3);
    patient.put("nhsFunded", true);
    Map<String, Object> fields =
        Map.of(
            "patient",
            patient,
            "people",
            List.of(
                Map.of("name", "Dr Jones", "role", "GP"),
                Map.of("name", "Nurse \u0007Owen", "role", "Practice & nurse")));

    String xhtml = composer.compose(template, content(fields), LETTERHEAD, DATE);

    assertThat(xhtml)
        .contains("<p>Gwenllïan &lt;Evans&gt; born 3 February 1950, 3 visits</p>")
        .contains("<p>NHS funded</p>")
        .contains("<ul><li>Dr Jones (GP)</li><li>Nurse Owen (Practice &amp; nurse)</li></ul>");
  }

  @Test
  void theComposedLetterIsWellFormedXml() throws Exception {
    Document document =
        parseXml(
            composer.compose(
                TEMPLATE,
                content(NhsNumber.parse("9434765919"), RECIPIENT, fields("Ms Jones")),
                LETTERHEAD,
                DATE));

    assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("A test letter");
  }

  @Test
  void theComposedLetterIsWellFormedXmlEvenWithNastyInput() throws Exception {
    String nasty =
        "<script>&amp;</script> ]]> <!-- --> \"'` = &#0; \u0000\u0001\u0008\u000B\u000C\u001F"
            + "\u007F\u0085\uDFFF\uD800\uFFFE\uFFFF Siân Ŵ \uD83D\uDE00 \r\n\r end";
    Map<String, Object> fields = fields(nasty);
    fields.put("items", List.of(nasty, Map.of("k", nasty)));
    fields.put("optional", nasty);
    Recipient recipient = new Recipient(nasty, List.of(nasty), nasty);
    LetterContent content =
        new LetterContent(
            "x-test",
            nasty,
            NhsNumber.parse("9876543210"),
            recipient,
            new Signatory(nasty, nasty),
            fields);

    String xhtml = composer.compose(TEMPLATE, content, LETTERHEAD, DATE);

    assertThatCode(() -> parseXml(xhtml)).doesNotThrowAnyException();
    String text = parseXml(xhtml).getDocumentElement().getTextContent();
    assertThat(text)
        .as("what the user typed comes back as text, not markup")
        .contains("Dear <script>&amp;</script> ]]> <!-- --> \"'` = &#0;  Siân Ŵ")
        .contains("Siân Ŵ \uD83D\uDE00 \n\n end");
  }
}
