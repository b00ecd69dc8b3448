package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading.WholeCase;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseRecords;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** Reads one funding request whole, as its page and its REST view show it; the read is audited. */
@ApplicationScoped
public class IfrFileReading {

  /** What a reader gets from a file: given to the caller's view inside the transaction. */
  public interface Reader<T> {
    T read(IfrFile file);
  }

  /** One request with what is kept beside it, its evidence and who coordinates it. */
  public record IfrFile(
      FundingRequest request,
      String treatmentLabel,
      CaseRecords records,
      List<DocumentSummary> evidence,
      Optional<String> caseworker) {}

  private final IfrSteps steps;
  private final CaseFileReading reading;
  private final CaseDocuments documents;
  private final CodeList treatments;

  @Inject
  public IfrFileReading(
      IfrSteps steps,
      CaseFileReading reading,
      CaseDocuments documents,
      @TreatmentList CodeList treatments) {
    this.steps = steps;
    this.reading = reading;
    this.documents = documents;
    this.treatments = treatments;
  }

  protected IfrFileReading() {
    this(null, null, null, null);
  }

  /** What a step's form shows of the request, read in one transaction. */
  @Transactional
  public <T> T peek(String id, java.util.function.Function<FundingRequest, T> reader) {
    return reader.apply(steps.file(id));
  }

  @Transactional
  public <T> T read(String id, Reader<T> reader) {
    WholeCase<FundingRequest> whole = reading.read(steps, id, "IFR_READ", "the funding request");
    FundingRequest request = whole.file();
    return reader.read(
        new IfrFile(
            request,
            treatments.labelOf(request.treatment().treatmentCode()),
            whole.records(),
            documents.summariesOf(FundingRequest.CASE_TYPE, id),
            whole.caseworker()));
  }
}
