package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.Optional;

/**
 * Where the final response's signed-off wording is kept, for the letter task that sends it. The
 * application layer, which records the draft and its sign-off, provides it.
 */
public interface ResponseWordings {

  Optional<ResponseWording> signedOffFor(String complaintId);
}
