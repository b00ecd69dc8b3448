package uk.nhs.icb.caseworkflows.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;
import uk.nhs.icb.caseworkflows.complaints.domain.Transfer;

/**
 * The transfer and joint-handling requests: what Bean Validation cannot see is a 400 naming the
 * field, and nothing they accept is longer than the column that keeps it.
 */
class RouteRequestsTest {

  private static RouteRequests.JointHandlingAgreed jointly(String lead, String... names) {
    return new RouteRequests.JointHandlingAgreed(
        lead,
        List.of(names).stream().map(name -> new RouteRequests.Organisation(name, "x")).toList(),
        false);
  }

  private static List<String> refusedFields(Runnable request) {
    try {
      request.run();
    } catch (InvalidInputException refused) {
      return refused.errors().stream().map(FieldError::field).toList();
    }
    return List.of();
  }

  @Test
  void anOrganisationNamedTwiceIsRefusedAsTheSecondOne() {
    assertThat(
            refusedFields(
                () ->
                    RouteRequests.asked(jointly(null, "Riverside Surgery", "riverside surgery "))))
        .containsExactly("organisations[1].name");
  }

  @Test
  void aLeadThatIsNotOneOfTheOrganisationsIsRefused() {
    assertThat(
            refusedFields(
                () -> RouteRequests.asked(jointly("Northvale Council", "Riverside Surgery"))))
        .containsExactly("leadOrganisation");
  }

  @Test
  void aBlankLeadMeansTheIcbLeads() {
    RouteRequests.JointHandlingAgreed request = jointly("  ", "Riverside Surgery");

    assertThat(RouteRequests.asked(request))
        .containsExactly(new JointHandling.Asked("Riverside Surgery", "x"));
    assertThat(RouteRequests.lead(request)).isNull();
  }

  @Test
  void anOrganisationIsNumberedFromOneInThePath() {
    assertThat(RouteRequests.organisationNumber("2")).isEqualTo(2);
    for (String garbage : List.of("0", "-1", "1e3", "two", "", "100")) {
      assertThatThrownBy(() -> RouteRequests.organisationNumber(garbage))
          .as(garbage)
          .isInstanceOf(NotFoundProblem.class);
    }
  }

  @Test
  void everySizeLimitFitsItsColumn() {
    assertThat(size(RouteRequests.Transfer.class, "provider"))
        .isLessThanOrEqualTo(Columns.of(Transfer.class, "provider"));
    assertThat(size(RouteRequests.Transfer.class, "whyBetterPlaced"))
        .isLessThanOrEqualTo(Columns.of(Transfer.class, "whyBetterPlaced"));
    assertThat(size(RouteRequests.Organisation.class, "name"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "name"));
    assertThat(size(RouteRequests.Organisation.class, "asked"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "asked"));
    assertThat(size(RouteRequests.JointHandlingAgreed.class, "leadOrganisation"))
        .isLessThanOrEqualTo(Columns.of(JointHandling.class, "leadOrganisation"));
    assertThat(size(RouteRequests.Answer.class, "answer"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "answer"));
  }

  private static int size(Class<? extends Record> request, String component) {
    try {
      return request.getDeclaredField(component).getAnnotation(Size.class).max();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
