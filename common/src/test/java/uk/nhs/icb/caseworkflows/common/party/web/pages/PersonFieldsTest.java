package uk.nhs.icb.caseworkflows.common.party.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

/** A CHC referrer asked for on a form, in the referral's words, and read back into a party. */
class PersonFieldsTest {

  private final PersonFields referrer = new PersonFields("referrer", "referrer");

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, new FieldLimits(Map.of("referrerNeedsNote", 20)));
  }

  @Test
  void everyAnswerBuildsTheParty() {
    Map<String, String> answers = new HashMap<>();
    answers.put("referrerName", " Dr Asha Patel ");
    answers.put("referrerAddress", "Northvale Surgery\n\n1 High Street");
    answers.put("referrerPostcode", "LU1 1AA");
    answers.put("referrerTelephone", "01582 000000");
    answers.put("referrerEmail", "asha.patel@nhs.net");
    answers.put("referrerNeeds-large-print", "large-print");
    answers.put("referrerNeedsNote", "Mornings");
    FormValues typed = typed(answers);

    Party party = referrer.read(typed).get();

    assertThat(typed.errors().isEmpty()).isTrue();
    assertThat(party.name()).isEqualTo("Dr Asha Patel");
    assertThat(party.addressLines()).containsExactly("Northvale Surgery", "1 High Street");
    assertThat(party.postcode()).isEqualTo("LU1 1AA");
    assertThat(party.telephone()).isEqualTo("01582 000000");
    assertThat(party.email()).isEqualTo("asha.patel@nhs.net");
    assertThat(party.communicationNeeds())
        .isEqualTo(CommunicationNeeds.of(List.of(CommunicationNeed.LARGE_PRINT), "Mornings"));
  }

  @Test
  void aMissingNameIsAskedForInTheRolesWordsAndNoPartyIsBuilt() {
    FormValues typed = typed(Map.of("referrerTelephone", "01582 000000"));

    assertThat(referrer.read(typed).get()).isNull();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("referrerName", "Enter the referrer's full name"));
  }

  @Test
  void tooLongANoteIsRefusedBesideItAndTheNeedsAreNotRecorded() {
    FormValues typed =
        typed(
            Map.of(
                "referrerName", "Dr Asha Patel",
                "referrerNeeds-easy-read", "easy-read",
                "referrerNeedsNote", "x".repeat(21)));

    Party party = referrer.read(typed).get();

    assertThat(typed.errors().messageFor("referrerNeedsNote"))
        .contains("Must be 20 characters or fewer");
    assertThat(party.communicationNeeds().isNone()).isTrue();
  }

  @Test
  void theFormAsksInTheRolesWords() {
    Map<String, Object> model =
        new HashMap<>(referrer.addTo(new FormModel(FormValues.empty())).toMap());
    model.put("contextPath", "");

    String html =
        new PageTemplates(PersonFieldsTest.class.getClassLoader()).render("common/fields", model);

    assertThat(html)
        .contains("Referrer&#39;s full name")
        .contains("Referrer&#39;s address")
        .contains("id=\"referrerPostcode\"")
        .contains("id=\"referrerTelephone\"")
        .contains("id=\"referrerEmail\"")
        .contains("Referrer&#39;s communication needs")
        .contains("Tick any the referrer has told you about.")
        .contains("id=\"referrerNeeds-large-print\"")
        .contains("Anything else about how to communicate with the referrer (optional)");
  }
}
