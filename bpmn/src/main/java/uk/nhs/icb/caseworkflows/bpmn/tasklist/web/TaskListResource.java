package uk.nhs.icb.caseworkflows.bpmn.tasklist.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskFilter;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskList;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskView;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** Every role that works cases has a task list; the governing body works none. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_CASE_WORKER)
@Tag(name = "Tasks", description = "The caller's task list")
public class TaskListResource {

  private final TaskList taskList;
  private final CurrentCaller caller;

  @Inject
  public TaskListResource(TaskList taskList, CurrentCaller caller) {
    this.taskList = taskList;
    this.caller = caller;
  }

  protected TaskListResource() {
    this(null, null);
  }

  @GET
  @Operation(
      summary = "The caller's tasks: assigned to them or open to one of their roles",
      description =
          "Soonest due first by default. assigned=mine|team|all, overdue=true, caseType=complaint|chc|ifr|retention, sort=due|created|name")
  public Page<TaskView> tasks(
      @QueryParam("caseType") String caseType,
      @QueryParam("overdue") String overdue,
      @QueryParam("assigned") String assigned,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return taskList.tasksOf(
        caller.get(),
        TaskFilter.parse(caseType, overdue, assigned, sort),
        PageRequest.parse(page, size));
  }

  @POST
  @Path("{id}/claim")
  @Operation(summary = "Take a task open to one of the caller's roles")
  public TaskView claim(@PathParam("id") String id) {
    return taskList.claim(caller.get(), id);
  }

  @POST
  @Path("{id}/unclaim")
  @Operation(summary = "Give a task claimed by the caller back to the team")
  public TaskView unclaim(@PathParam("id") String id) {
    return taskList.unclaim(caller.get(), id);
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Complete a task with the decisions it records")
  public Response complete(@PathParam("id") String id, CompleteTaskRequest request) {
    taskList.complete(caller.get(), id, request == null ? null : request.variables());
    return Response.noContent().build();
  }
}
