package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.LawfulBasis;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.EvidenceKind;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;

/**
 * What the complaint endpoints accept; each field is checked before anything is stored, and no
 * limit is longer than the column that keeps the value (a longer value would be refused by the
 * database at commit, as a 500). List items, and what a list comes to once its lines are joined for
 * storage, are checked in {@link ComplaintInput}, which names the line at fault ({@code
 * addressLines[2]}). People are the kit's {@link PersonDetails} and {@link PatientDetails}.
 */
public final class ComplaintRequests {

  private ComplaintRequests() {}

  /**
   * Why the complainant acts for the patient; for a patient who has died, who they are to the
   * patient ({@code relationship}, with {@code relationshipDescription} when {@code OTHER}).
   */
  public record Standing(
      @NotNull RepresentativeStanding standing,
      @Size(max = 2000) String evidence,
      RepresentativeRelationship relationship,
      @Size(max = Representation.MAX_RELATIONSHIP_DESCRIPTION) String relationshipDescription) {}

  /**
   * (One constructor only: JSON-B binds a record through it.)
   *
   * @param aboutTheIcb the complaint is about the ICB itself (its commissioning decisions, its own
   *     staff or services): nothing is sent to a provider; absent means false
   */
  public record Subject(
      @NotBlank @Size(max = 300) String organisationOrService,
      @Size(max = 20) List<String> peopleNamed,
      Boolean aboutTheIcb) {}

  public record Details(
      @NotBlank @Size(max = 8000) String whatHappened,
      @NotNull @PastOrPresent LocalDate happenedOn,
      @PastOrPresent LocalDate cameToNoticeOn,
      @Size(max = 4000) String desiredOutcome) {}

  /** A complaint as received, by whichever channel. */
  public record ReceiveComplaint(
      @NotNull Channel channel,
      @PastOrPresent Instant receivedAt,
      @NotNull @Valid PersonDetails complainant,
      @Valid PatientDetails patient,
      @Valid Standing representation,
      @NotNull @Valid Subject subject,
      @NotNull @Valid Details details,
      // Who will handle it: "me", a complaints handler's user name, or absent for the team to
      // claim.
      // One constructor only: JSON-B reads a record through its one canonical constructor.
      @Size(max = 100) String caseworker) {}

  /** A spoken complaint already resolved: the complaint as received, and how it was resolved. */
  public record ResolvedOrally(
      @NotNull @Valid ReceiveComplaint complaint,
      @NotBlank @Size(max = 4000) String howResolved,
      @NotNull @PastOrPresent Instant resolvedAt) {}

  public record LateDecision(
      @NotNull Boolean goodReason,
      @NotNull Boolean canStillInvestigateFairly,
      @NotBlank @Size(max = 2000) String note) {}

  public record RemitDecision(
      @NotNull Boolean withinRemit,
      OutsideRemitReason reason,
      @Size(max = 2000) String whereToGo) {}

  /**
   * Whether the representative may complain for the patient: for a child, {@code reasonableGrounds}
   * for complaining instead of the child; for a child or a person lacking capacity, {@code
   * bestInterests}; {@code reasons} required when refused.
   */
  public record StandingDecision(
      @NotNull Boolean accepted,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      @Size(max = 2000) String evidenceSeen,
      @Size(max = 2000) String reasons) {}

  /** Consent as the complaints handler takes it down. */
  public record GiveConsent(
      @NotNull ComplaintConsentRecording.Whose whose,
      @NotNull ConsentPurpose purpose,
      @NotNull ConsentGivenAs givenAs,
      @Size(max = 200) String giverName,
      @Size(max = 200) String giverStanding,
      @NotNull ConsentMethod method,
      @NotNull @PastOrPresent Instant givenAt) {}

  public record Note(@Size(max = 2000) String note) {}

  /** The Caldicott Guardian's approval to share without consent, on which basis and why. */
  public record SharingWithoutConsent(
      @NotNull ComplaintConsentRecording.Whose whose,
      @NotNull ConsentPurpose purpose,
      @NotNull LawfulBasis basis,
      @NotBlank @Size(max = 2000) String justification) {}

  public record Plan(
      @NotNull @Size(min = 1, max = 20) List<String> issues,
      @NotNull Investigator investigatedBy,
      LocalDate agreedResponseDate,
      @NotNull Boolean anonymityRequested) {}

  public record AnonymityDecision(
      @NotNull Boolean canInvestigateAnonymously, @NotBlank @Size(max = 2000) String reason) {}

  public record Choice(@NotNull Boolean proceedWithDisclosure) {}

  public record Action(
      @NotBlank @Size(max = 2000) String description,
      @NotBlank @Size(max = 300) String owner,
      @NotNull LocalDate dueBy) {}

  /** The draft response: an outcome per issue in the plan's order, and the letter's words. */
  public record DraftResponse(
      @NotNull @Size(min = 1, max = 20) List<IssueOutcome> outcomes,
      @NotNull @Size(min = 1, max = 30) List<String> steps,
      @NotNull @Size(min = 1, max = 20) List<String> findings,
      @NotBlank @Size(max = 10000) String overallSummary,
      @Size(max = 5000) String apology,
      @Size(max = 30) List<@Valid Action> actions,
      @NotNull Boolean satisfied,
      @Size(max = 5000) String followUp) {}

  public record RecordEvidence(
      @NotNull EvidenceKind kind,
      @NotBlank @Size(max = 5000) String summary,
      @NotBlank @Size(max = 300) String source,
      @NotNull @PastOrPresent LocalDate receivedOn) {}

  /** What the provider is asked to respond to, and by when. */
  public record ProviderResponseRequest(
      @NotBlank @Size(max = 5000) String whatIsAsked, @NotNull @Future LocalDate dueBy) {}

  /**
   * {@code investigateFurther} (returned drafts only): true sends the complaint back to its
   * investigation, false or absent back for redrafting.
   */
  public record SignOff(
      @NotNull Boolean approved, @Size(max = 5000) String comments, Boolean investigateFurther) {}

  public record ClockStop(@NotBlank @Size(max = 2000) String reason) {}

  public record ResponseDate(
      @NotNull LocalDate newDate, @NotBlank @Size(max = 2000) String reason) {}
}
