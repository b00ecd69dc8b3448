package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where stories are kept. */
public interface Stories {

  void add(Story story);

  Optional<Story> find(String id);

  /** The complaint's stories, oldest first (a complaint reopened and upheld again gets another). */
  List<Story> ofComplaint(String complaintId);

  /** Stories still under way or published, newest first: the team's list. */
  List<Story> current();

  /** Published now, and first published within [from, to). */
  List<Story> publishedBetween(Instant from, Instant to);

  /** Withdrawn after they had been published, most recent withdrawal first. */
  List<Story> withdrawnAfterPublication();
}
