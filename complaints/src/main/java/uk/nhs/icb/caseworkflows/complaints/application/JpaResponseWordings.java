package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;
import uk.nhs.icb.caseworkflows.complaints.letters.ResponseWording;
import uk.nhs.icb.caseworkflows.complaints.letters.ResponseWordings;

/** The final response letter's words: the signed-off draft, and only once it is signed off. */
@ApplicationScoped
public class JpaResponseWordings implements ResponseWordings {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public Optional<ResponseWording> signedOffFor(String complaintId) {
    return Optional.ofNullable(entityManager.find(ResponseDraft.class, complaintId))
        .filter(ResponseDraft::isSignedOff)
        .map(
            draft ->
                new ResponseWording(
                    draft.steps(),
                    draft.findings(),
                    draft.overallSummary(),
                    draft.apology(),
                    draft.actions().stream()
                        .map(
                            action ->
                                new ResponseWording.Action(
                                    action.description(), action.owner(), action.dueBy()))
                        .toList(),
                    draft.satisfied(),
                    draft.followUp(),
                    draft.signedOffBy()));
  }
}
