package uk.nhs.icb.caseworkflows.complaints.web.pages;

import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/** A complaint as a page reads it, with nothing kept beside it yet: no consents, steps, letters. */
final class ComplaintFilesForPages {

  private ComplaintFilesForPages() {}

  static ComplaintFile withNothingBeside(Complaint complaint) {
    return new ComplaintFile(
        complaint,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}
