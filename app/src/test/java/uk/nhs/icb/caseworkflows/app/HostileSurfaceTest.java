package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hostile-surface generator without a server: what it draws from an OpenAPI document. */
class HostileSurfaceTest {

  private static final String OPEN_API =
      "{\"paths\":{\"/api/things/{id}/decision\":{\"post\":{"
          + "\"parameters\":[{\"name\":\"id\",\"in\":\"path\"},{\"name\":\"draft\",\"in\":\"query\"}],"
          + "\"requestBody\":{\"content\":{\"application/json\":{\"schema\":"
          + "{\"$ref\":\"#/components/schemas/Decision\"}}}}}}},"
          + "\"components\":{\"schemas\":{\"Decision\":{\"properties\":"
          + "{\"first\":{},\"middle\":{},\"last\":{},\"optional\":{}}}}}}";

  private static final RealCases.Ready READY =
      new RealCases.Ready(
          "POST",
          "api/things/abc/decision",
          "application/json",
          "{\"first\":1,\"middle\":\"m\",\"last\":true}".getBytes(StandardCharsets.UTF_8),
          200,
          answer -> null,
          "thing",
          "abc");

  private static final AuthorisationMatrix.Entry ENTRY =
      new AuthorisationMatrix.Entry(
          "POST",
          "things/{id}/decision",
          new LinkedHashMap<>(Map.of("maker", true, "reader", false)),
          Optional.empty());

  @Test
  void theOperationComesFromTheDocumentWithItsQueryParametersAndRequestFields() {
    HostileSurface.Operation operation =
        HostileSurface.of(OPEN_API).operationFor("POST", "api/things/abc/decision?x=1");

    assertThat(operation.template()).isEqualTo("api/things/{id}/decision");
    assertThat(operation.queryParameters()).containsExactly("draft");
    assertThat(operation.bodyFields()).containsExactly("first", "middle", "last", "optional");
    assertThat(operation.methodsAtPath()).containsExactly("POST");
  }

  @Test
  void sixVariantsTouchEverySurfaceAndTheSameSeedDrawsTheSameVariants() {
    HostileSurface surface = HostileSurface.of(OPEN_API);
    List<String> roles = List.of("maker", "reader");

    List<HostileSurface.Variant> six = drawn(surface.draw(ENTRY, "maker", READY, roles, 7L, 6), 6);
    List<HostileSurface.Variant> again =
        drawn(surface.draw(ENTRY, "maker", READY, roles, 7L, 6), 6);

    Set<HostileSurface.Surface> touched = EnumSet.noneOf(HostileSurface.Surface.class);
    six.forEach(variant -> touched.add(variant.surface()));
    assertThat(touched).containsExactlyInAnyOrder(HostileSurface.Surface.values());
    assertThat(again.stream().map(HostileSurface.Variant::what).toList())
        .isEqualTo(six.stream().map(HostileSurface.Variant::what).toList());
  }

  @Test
  void aReadsVariantsChangeOnlyTheSurfacesAskedForEachInTurn() {
    List<HostileSurface.Surface> asked =
        List.of(HostileSurface.Surface.QUERY, HostileSurface.Surface.CALLER);

    List<HostileSurface.Variant> four =
        drawn(
            HostileSurface.of(OPEN_API)
                .draw(ENTRY, "maker", READY, List.of("maker", "reader"), 7L, 4, asked),
            4);

    assertThat(four)
        .extracting(HostileSurface.Variant::surface)
        .containsOnly(asked.toArray(HostileSurface.Surface[]::new))
        .containsExactlyInAnyOrder(
            HostileSurface.Surface.QUERY,
            HostileSurface.Surface.CALLER,
            HostileSurface.Surface.QUERY,
            HostileSurface.Surface.CALLER);
  }

  @Test
  void aDeniedRoleMustGet403AndNobodySignedIn401() {
    List<HostileSurface.Variant> callers =
        drawn(
                HostileSurface.of(OPEN_API)
                    .draw(ENTRY, "maker", READY, List.of("maker", "reader"), 11L, 600),
                600)
            .stream()
            .filter(variant -> variant.surface() == HostileSurface.Surface.CALLER)
            .toList();

    assertThat(callers)
        .allSatisfy(
            variant ->
                assertThat(variant.expectedStatus())
                    .isEqualTo(variant.caller() == null ? 401 : 403))
        .anySatisfy(variant -> assertThat(variant.caller()).isNull())
        .anySatisfy(variant -> assertThat(variant.caller()).isEqualTo("reader"))
        .noneSatisfy(variant -> assertThat(variant.caller()).isEqualTo("maker"));
  }

  /**
   * Every field of a body is mutated about as often as any other, the last one included: the old
   * slot index {@code where × (n − 1)} reached the last field only when {@code where} was exactly
   * 1, and jqwik's doubles favoured the first field.
   */
  @Test
  void everyFieldOfABodyIsMutatedTheLastOneAsOftenAsTheOthers() {
    HostileRequests.seedJqwik(20261122L);
    Map<String, Integer> mutated = new TreeMap<>();
    Pattern single = Pattern.compile("^-?(first|middle|last)(=|$)");
    HostileRequests.mutatedBodies(HostileSurface.tree(READY.body()), List.of())
        .sampleStream()
        .limit(3_000)
        .flatMap(body -> List.of(body.what().split("; ")).stream())
        .forEach(
            what -> {
              Matcher field = single.matcher(what);
              if (field.find()) {
                mutated.merge(field.group(1), 1, Integer::sum);
              }
            });

    int all = mutated.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(mutated).containsOnlyKeys("first", "middle", "last");
    assertThat(mutated.values())
        .as("share of each field in " + mutated)
        .allSatisfy(count -> assertThat(count).isBetween(all / 4, all / 2));
  }

  private static List<HostileSurface.Variant> drawn(HostileSurface.Draw draw, int count) {
    List<HostileSurface.Variant> variants = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      variants.add(draw.next(READY));
    }
    return variants;
  }
}
