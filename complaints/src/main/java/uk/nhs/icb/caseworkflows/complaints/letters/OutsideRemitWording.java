package uk.nhs.icb.caseworkflows.complaints.letters;

import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;

/**
 * The sentences that finish the outside-remit letter for each reason. The template already says why
 * in general; these say what it means for the complainant, since the file records the reason and
 * where to go but no wording of its own.
 */
final class OutsideRemitWording {

  private OutsideRemitWording() {}

  static String reason(OutsideRemitReason reason) {
    return switch (reason) {
      case ALREADY_WITH_PROVIDER ->
          "If you are not satisfied with that organisation's final response, you can ask the"
              + " Parliamentary and Health Service Ombudsman to look at your complaint.";
      case WITH_OMBUDSMAN ->
          "Please contact the Ombudsman with any questions about how your complaint is being"
              + " dealt with.";
      case NOT_NHS -> "Below we explain who is responsible for the service you complained about.";
      case CHC_DECISION ->
          "You can ask us to look at the NHS Continuing Healthcare decision again through local"
              + " resolution. Please ask within 6 months of the date on the decision letter. If you"
              + " are still unhappy after local resolution, you can ask NHS England for an"
              + " independent review, and after that the Ombudsman.";
      case IFR_DECISION ->
          "You, or the clinician who made the request, can ask for a review of the Individual"
              + " Funding Request decision. The review panel looks at whether the decision was"
              + " made properly. Please ask in writing within the time given in the decision"
              + " letter.";
      case OTHER ->
          "Your complaint is not about a matter that we can consider under the NHS complaints"
              + " procedure.";
    };
  }

  static String explanation(OutsideRemitReason reason) {
    if (reason == null) {
      return "This organisation may be able to help you with your concerns.";
    }
    return switch (reason) {
      case ALREADY_WITH_PROVIDER ->
          "This is the organisation already looking into your complaint. Please stay in touch with"
              + " it about your complaint.";
      case WITH_OMBUDSMAN -> "The Ombudsman is dealing with the matter you complained about.";
      case NOT_NHS ->
          "This organisation is responsible for the service you complained about and can look"
              + " into your concerns.";
      case CHC_DECISION ->
          "This team made the NHS Continuing Healthcare decision and handles requests for local"
              + " resolution.";
      case IFR_DECISION ->
          "This team handles Individual Funding Requests and reviews of their decisions.";
      case OTHER -> "This organisation may be able to help you with your concerns.";
    };
  }
}
