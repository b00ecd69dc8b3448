package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hostile form posts without a server: what they draw from a form's page and the matrix. */
class HostileFormsTest {

  private static final String PAGE =
      "<form method=\"post\" action=\"/icb/things/abc/decision\">"
          + "<input type=\"hidden\" name=\"csrfToken\" value=\"tok&amp;en\">"
          + "<input type=\"hidden\" name=\"version\" value=\"3\">"
          + "<input type=\"text\" name=\"note\" value=\"\"></form>";

  private static final PageCases.Success SUCCESS =
      new PageCases.Success(
          "things/abc/decision",
          "things/abc/decision",
          Map.of("note", "Done, as agreed"),
          "/things/abc",
          () -> null);

  private static final List<String> ROLES = List.of("maker", "reader", "stranger", "asker");

  private static final PageMatrix.Entry ENTRY =
      new PageMatrix.Entry(
          "POST",
          "things/{id}/decision",
          new LinkedHashMap<>(
              Map.of(
                  "maker", PageMatrix.Cell.ALLOW,
                  "reader", PageMatrix.Cell.DENY,
                  "stranger", PageMatrix.Cell.HIDDEN,
                  "asker", PageMatrix.Cell.FORM_REFUSAL)),
          "login");

  @Test
  void theFormIsItsPagesHiddenFieldsAndWhatIsTypedWithTheTokenApart() {
    HostileForms.Form form = HostileForms.Form.of(SUCCESS, PAGE);

    assertThat(form.token()).isEqualTo("tok&en");
    assertThat(form.fields())
        .containsExactly(
            new HostileForms.Field("version", "3"),
            new HostileForms.Field("note", "Done%2C+as+agreed"));
    assertThat(new String(HostileForms.body(form.fields(), form.token()), StandardCharsets.UTF_8))
        .isEqualTo("version=3&note=Done%2C+as+agreed&csrfToken=tok%26en");
  }

  @Test
  void sixVariantsTouchEverySurfaceAndTheSameSeedDrawsTheSameVariants() {
    HostileForms.Form form = HostileForms.Form.of(SUCCESS, PAGE);

    List<HostileForms.Variant> six = drawn(form, 7L, 6);
    List<HostileForms.Variant> again = drawn(form, 7L, 6);

    Set<HostileForms.Surface> touched = EnumSet.noneOf(HostileForms.Surface.class);
    six.forEach(variant -> touched.add(variant.surface()));
    assertThat(touched).containsExactlyInAnyOrder(HostileForms.Surface.values());
    assertThat(again.stream().map(HostileForms.Variant::what).toList())
        .isEqualTo(six.stream().map(HostileForms.Variant::what).toList());
  }

  @Test
  void eachRefusedCallerExpectsItsCellAndATokenNotTheSessionsOwnTheExpiredPage() {
    List<HostileForms.Variant> many = drawn(HostileForms.Form.of(SUCCESS, PAGE), 11L, 1_200);

    List<HostileForms.Variant> callers =
        many.stream().filter(v -> v.surface() == HostileForms.Surface.CALLER).toList();
    assertThat(callers)
        .noneSatisfy(variant -> assertThat(variant.caller()).isEqualTo("maker"))
        .allSatisfy(
            variant ->
                assertThat(variant.expected())
                    .isEqualTo(
                        switch (variant.caller() == null ? "" : variant.caller()) {
                          case "" -> HostileForms.Expected.SIGN_IN;
                          case "reader" -> HostileForms.Expected.FORBIDDEN;
                          case "stranger" -> HostileForms.Expected.HIDDEN;
                          default -> HostileForms.Expected.FORM_REFUSAL;
                        }))
        .extracting(HostileForms.Variant::caller)
        .contains(null, "reader", "stranger", "asker");

    List<HostileForms.Variant> tokens =
        many.stream().filter(v -> v.surface() == HostileForms.Surface.TOKEN).toList();
    assertThat(tokens)
        .filteredOn(variant -> variant.what().contains("made-up token, then"))
        .isNotEmpty()
        .allSatisfy(
            variant -> assertThat(variant.expected()).isEqualTo(HostileForms.Expected.EXPIRED));
    assertThat(tokens)
        .filteredOn(
            variant -> variant.what().equals("the token of another session of the same person"))
        .isNotEmpty()
        .allSatisfy(
            variant -> {
              assertThat(variant.expected()).isEqualTo(HostileForms.Expected.EXPIRED);
              assertThat(new String(variant.body(), StandardCharsets.UTF_8))
                  .contains("csrfToken=other-session")
                  .doesNotContain("tok%26en");
            });
  }

  @Test
  void anUploadFormsVariantsAreMultipartWithItsFileAndABadFileMayNeverBeTaken() {
    byte[] pdf = "%PDF-1.7 a clinic letter".getBytes(StandardCharsets.ISO_8859_1);
    PageCases.Success upload =
        new PageCases.Success(
            "things/abc/evidence",
            "things/abc/evidence",
            Map.of(),
            "/things/abc",
            () -> null,
            new PageCases.Document("evidence", "letter.pdf", pdf));
    HostileForms.Form form = HostileForms.Form.of(upload, PAGE);

    List<HostileForms.Variant> many = drawn(form, 5L, 240);

    Set<HostileForms.Surface> touched = EnumSet.noneOf(HostileForms.Surface.class);
    drawn(form, 5L, 6).forEach(variant -> touched.add(variant.surface()));
    assertThat(touched).containsExactlyInAnyOrder(HostileForms.Surface.values());
    assertThat(many)
        .filteredOn(variant -> variant.surface() != HostileForms.Surface.HEADER)
        .filteredOn(variant -> !variant.method().equals("GET") && !variant.method().equals("HEAD"))
        .allSatisfy(
            variant ->
                assertThat(variant.headers())
                    .anySatisfy(
                        header ->
                            assertThat(header.value())
                                .startsWith("multipart/form-data; boundary=")));
    List<HostileForms.Variant> files =
        many.stream().filter(v -> v.surface() == HostileForms.Surface.FIELD).toList();
    assertThat(files)
        .filteredOn(
            variant ->
                variant.what().startsWith("a refused type")
                    || variant.what().equals("an empty file")
                    || variant.what().equals("no file chosen")
                    || variant.what().equals("no file part")
                    || variant.what().contains("over the limit"))
        .hasSizeGreaterThan(files.size() / 2)
        .allSatisfy(
            variant -> assertThat(variant.expected()).isEqualTo(HostileForms.Expected.REFUSED));
    assertThat(files)
        .filteredOn(variant -> variant.what().contains("over the limit"))
        .isNotEmpty()
        .allSatisfy(
            variant ->
                assertThat(variant.body().length).isGreaterThan(HostileForms.DOCUMENT_LIMIT));
    assertThat(files)
        .filteredOn(variant -> variant.what().startsWith("the PDF named"))
        .isNotEmpty()
        .allSatisfy(
            variant ->
                assertThat(new String(variant.body(), StandardCharsets.ISO_8859_1))
                    .contains("%PDF-1.7 a clinic letter"));
    assertThat(many)
        .filteredOn(v -> v.surface() == HostileForms.Surface.TOKEN)
        .filteredOn(v -> v.what().equals("no token"))
        .isNotEmpty()
        .allSatisfy(
            variant -> {
              assertThat(variant.expected()).isEqualTo(HostileForms.Expected.EXPIRED);
              assertThat(new String(variant.body(), StandardCharsets.ISO_8859_1))
                  .doesNotContain("name=\"csrfToken\"")
                  .contains("filename=\"letter.pdf\"");
            });
  }

  @Test
  void anExpectationJudgesTheAnswerThePagesGive() {
    assertThat(
            HostileForms.Expected.EXPIRED.wrongWith(answer(403, "<h1>This page has expired</h1>")))
        .isNull();
    assertThat(HostileForms.Expected.FORBIDDEN.wrongWith(answer(403, "This page has expired")))
        .contains("expected FORBIDDEN");
    assertThat(HostileForms.Expected.FORM_REFUSAL.wrongWith(answer(400, "Only a maker decides")))
        .isNull();
    assertThat(HostileForms.Expected.ANY.wrongWith(answer(500, ""))).contains("500");
    assertThat(HostileForms.Expected.REFUSED.wrongWith(answer(400, "Choose a PDF"))).isNull();
    assertThat(HostileForms.Expected.REFUSED.wrongWith(answer(500, ""))).contains("500");
    assertThat(HostileForms.Expected.SIGN_IN.wrongWith(answer(302, ""))).contains("SIGN_IN");
  }

  private static Api.Answer answer(int status, String body) {
    return new Api.Answer(
        status, "text/html", body, HttpHeaders.of(Map.of(), (name, value) -> true));
  }

  private static List<HostileForms.Variant> drawn(HostileForms.Form form, long seed, int count) {
    HostileForms draw =
        new HostileForms(ENTRY, "maker", ROLES, role -> role + "-token", "other-session", seed);
    List<HostileForms.Variant> variants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      variants.add(draw.next(form));
    }
    return variants;
  }
}
