package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generic detection case by case; the corpus test measures it as a whole. */
class GenericIdentityDetectionTest {

  private static final GenericIdentityDetection DETECTION =
      new GenericIdentityDetection(GivenNames.shipped());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NHS number 943 476 5919 given | NHS number [NHS number] given",
        "NHS number 9434765919 given | NHS number [NHS number] given",
        "NHS number 943-476-5919 given | NHS number [NHS number] given",
        "invoice 9434765918 paid | invoice 9434765918 paid",
        "call 07700 900412 today | call [phone] today",
        "call +44 (0)1632 960987 today | call [phone] today",
        "call (0113) 496 0178 today | call [phone] today",
        "ring 111 or 999 | ring 111 or 999",
        "write to j.o+nhs@example.co.uk now | write to [email] now",
        "lives at Flat 2, 14 Mill Lane, LS9 7TF | lives at [address], [address]",
        "the LS9 area | the LS9 area",
        "on 14/02/2024 and 2024-06-11 | on [date] and [date]",
        "on Monday 9 September 2024 | on [date]",
        "for 12 days, pain 7/10, 24/7, 1-2 times | for 12 days, pain 7/10, 24/7, 1-2 times",
        "in May and in August 2023 | in May and in August 2023",
        "Dr Haddad and Nurse Kelly | [name] and [name]",
        "her neighbour Faith Adams | her neighbour [name]",
        "we lost faith and hope | we lost faith and hope",
        "admitted to Florence Ward | admitted to Florence Ward",
        "at the Royal Victoria Infirmary | at the Royal Victoria Infirmary",
        "at St Luke's Hospital | at St Luke's Hospital",
        "Graham's car | [name]'s car",
        "the Cleveland PCC and An Individual Funding Request | the Cleveland PCC and An Individual Funding Request"
      })
  void findsWhatIdentifiesAndLeavesWhatDoesNot(String text, String redacted) {
    assertEquals(redacted, DETECTION.redact(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Will", "May", "Grace", "Rose"})
  void aGivenNameThatIsAWordNeedsASurname(String word) {
    assertEquals(word + " said so.", DETECTION.redact(word + " said so."));
  }

  @Test
  void theDatafakerListIsReadAndTheShippedListsJoinIt() {
    GivenNames names = GivenNames.shipped();
    assertTrue(names.size() > 5000, "about 5,500 names: " + names.size());
    assertTrue(names.isGivenName("Siobhan"), "from given-names.txt");
    assertTrue(names.isGivenName("Margaret"), "from Datafaker");
    assertTrue(names.isAlsoAWord("june"));
  }
}
