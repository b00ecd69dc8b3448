package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentRequests;

/** Test-only REST door to the probe: open, inspect, withdraw, and tamper with the audit table. */
@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("complaints-handler")
public class ProbeResource {

  @Inject private ProbeCaseOpening opening;
  @Inject private CaseProcesses processes;
  @Inject private ProcessEngine engine;
  @Inject private AuditTampering tampering;
  @Inject private AuditRewrite auditRewrite;
  @Inject private CaseDocuments documents;

  private static final AttachedTo NOTE = new AttachedTo("note", "probe-note");

  @POST
  @Path("cases/{id}")
  public Response open(
      @PathParam("id") String id, @QueryParam("due") String due, @QueryParam("fail") boolean fail) {
    opening.open(id, Instant.parse(due), fail);
    return Response.status(201).build();
  }

  @GET
  @Path("cases/{id}")
  public JsonObject inspect(@PathParam("id") String id) {
    return Json.createObjectBuilder()
        .add("stored", opening.isStored(id))
        .add("reference", opening.referenceOf(id))
        .add("letters", opening.letterCount(id))
        .add(
            "runningInstances",
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(id)
                .count())
        .add(
            "historicInstances",
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id)
                .count())
        .add(
            "definitionVersions",
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("platform-probe")
                .count())
        .build();
  }

  @POST
  @Path("cases/{id}/rename")
  public JsonObject rename(
      @PathParam("id") String id,
      @QueryParam("version") long versionSeen,
      @QueryParam("reference") String reference) {
    return Json.createObjectBuilder()
        .add("version", opening.rename(id, versionSeen, reference))
        .build();
  }

  @POST
  @Path("cases/{id}/letters")
  public Response writeAgain(
      @PathParam("id") String id, @QueryParam("salutation") boolean salutation) {
    opening.writeAgain(id, salutation);
    return Response.status(201).build();
  }

  @POST
  @Path("cases/{id}/documents")
  @Consumes(MediaType.WILDCARD)
  public JsonObject attach(
      @PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
    CaseDocument document =
        documents.attach(
            "probe",
            id,
            NOTE,
            DocumentRequests.upload(name, body, DocumentSettings.configuredMaxBytes()));
    return Json.createObjectBuilder().add("id", document.id()).build();
  }

  @GET
  @Path("cases/{id}/documents")
  public JsonObject documentsOf(@PathParam("id") String id) {
    return Json.createObjectBuilder()
        .add("count", documents.summariesOf("probe", id).size())
        .build();
  }

  @GET
  @Path("cases/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    return DocumentRequests.download(documents.download("probe", id, NOTE, documentId));
  }

  /** What the destruction of a case at the end of retention will call. */
  @POST
  @Path("cases/{id}/documents/deletion")
  public JsonObject deleteDocuments(@PathParam("id") String id) {
    return Json.createObjectBuilder().add("deleted", documents.deleteAllOf("probe", id)).build();
  }

  @POST
  @Path("cases/{id}/withdraw")
  public Response withdraw(@PathParam("id") String id) {
    processes.correlate("ProbeWithdrawn", id, Map.of());
    return Response.noContent().build();
  }

  @POST
  @Path("audit/{sequence}/alter")
  public Response alter(@PathParam("sequence") long sequence) throws SQLException {
    tampering.alterDetail(sequence, "nothing to see here");
    return Response.noContent().build();
  }

  @POST
  @Path("audit/{sequence}/restore")
  public Response restore(@PathParam("sequence") long sequence) throws SQLException {
    tampering.restoreDetail(sequence);
    return Response.noContent().build();
  }

  @POST
  @Path("audit/{sequence}/remove")
  public Response remove(@PathParam("sequence") long sequence) throws SQLException {
    tampering.remove(sequence);
    return Response.noContent().build();
  }

  /** Rewrites the event and recomputes every later hash and the head, in plain SQL. */
  @POST
  @Path("audit/{sequence}/rewrite")
  public JsonObject rewrite(@PathParam("sequence") long sequence) throws SQLException {
    return Json.createObjectBuilder()
        .add("eventsRewritten", auditRewrite.rewrite(sequence, "nothing to see here"))
        .build();
  }

  @POST
  @Path("audit/rewrite/undo")
  public Response undoRewrite() throws SQLException {
    auditRewrite.undo();
    return Response.noContent().build();
  }

  @POST
  @Path("audit/reinsert")
  @Consumes(MediaType.WILDCARD)
  public Response reinsert() throws SQLException {
    tampering.restoreRemoved();
    return Response.noContent().build();
  }
}
