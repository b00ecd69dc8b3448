package uk.nhs.icb.caseworkflows.ifr.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.ifr.application.PolicySignalling;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignal;

/**
 * The service-development signal: a treatment whose requests reached the threshold, with the
 * requests that made the pattern, and the coordinator's referral of it to the policy process.
 */
@Path("ifr-policy-signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IFR_COORDINATOR)
@Tag(name = "IFR", description = "Individual funding requests")
public class PolicySignalResource {

  /** A signal: the treatment by code, when it was raised, the requests it links (by id). */
  public record SignalView(
      String id,
      String reference,
      String treatmentCode,
      LocalDate raisedOn,
      List<String> requestIds,
      boolean referred) {

    static SignalView of(PolicySignal signal) {
      return new SignalView(
          signal.id(),
          signal.reference(),
          signal.treatmentCode(),
          signal.raisedOn(),
          signal.requestIds(),
          signal.isReferred());
    }
  }

  @Inject PolicySignalling signalling;

  @GET
  @Path("{id}")
  @Operation(summary = "A service-development signal and the requests it links")
  public SignalView signal(@PathParam("id") String id) {
    return SignalView.of(signalling.find(id));
  }

  @POST
  @Path("{id}/referral")
  @Operation(summary = "The treatment was put to the policy process: the signal's task is done")
  public SignalView refer(@PathParam("id") String id) {
    signalling.referToPolicy(id);
    return signal(id);
  }
}
