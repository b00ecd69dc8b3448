package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which problem an exception means. Transactions and EJBs wrap the exception a service
 * threw (TransactionalException, EJBException, RollbackException ...), so the whole cause chain is
 * searched for the first exception that says what went wrong; anything unrecognised is a 500 whose
 * details stay in the server log.
 */
public final class ProblemClassifier {

  private ProblemClassifier() {}

  public static Optional<Problem> classify(Throwable thrown) {
    // Identity, not equals: a chain may loop back on itself (A caused by B caused by A).
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      Optional<Problem> known = known(t);
      if (known.isPresent()) {
        return known;
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> known(Throwable t) {
    if (t instanceof InvalidInputException invalid) {
      return Optional.of(Problem.invalid(invalid.errors()));
    }
    if (t instanceof ConstraintViolationException violations) {
      return Optional.of(Problem.invalid(fieldErrors(violations)));
    }
    if (t instanceof ContentProblem content) {
      return Optional.of(content.toProblem());
    }
    if (t instanceof NotFoundProblem notFound) {
      return Optional.of(Problem.of(Response.Status.NOT_FOUND, notFound.getMessage()));
    }
    if (t instanceof GoneProblem gone) {
      return Optional.of(Problem.of(Response.Status.GONE, gone.getMessage()));
    }
    if (t instanceof ConflictProblem conflict) {
      return Optional.of(Problem.of(Response.Status.CONFLICT, conflict.getMessage()));
    }
    if (t instanceof OptimisticLockException) {
      return Optional.of(
          Problem.of(
              Response.Status.CONFLICT,
              "Someone else changed this record while you were working on it. "
                  + "Reload it to see their changes, then make yours again."));
    }
    if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
      // The database chose this transaction as a deadlock's victim, or it waited too long for a
      // lock: it was rolled back whole, so it is the caller's to try again, not a fault.
      return Optional.of(
          Problem.of(
              Response.Status.CONFLICT,
              "Someone else was changing the same records at that moment, so nothing was changed."
                  + " Try again."));
    }
    if (t instanceof ForbiddenProblem forbidden) {
      return Optional.of(Problem.of(Response.Status.FORBIDDEN, forbidden.getMessage()));
    }
    if (t instanceof JsonbException) {
      return Optional.of(unreadableBody());
    }
    if (t instanceof NotAuthorizedException) {
      return Optional.of(Problem.of(Response.Status.UNAUTHORIZED, "Sign in to use this service."));
    }
    if (t instanceof WebApplicationException web) {
      // JAX-RS answers 400 itself only when it cannot make the body into the method's parameter
      // (an empty body, for one): the resources read their query parameters as text.
      return Optional.of(
          web.getResponse().getStatus() == 400
              ? unreadableBody()
              : fromStatus(web.getResponse().getStatus()));
    }
    if (t instanceof ProcessingException) {
      return Optional.of(unreadableBody());
    }
    return Optional.empty();
  }

  private static Problem unreadableBody() {
    return Problem.invalid(
        List.of(new FieldError("body", "is not valid JSON of the expected shape")));
  }

  private static Problem fromStatus(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406, 415 -> "This address speaks application/json.";
          case 413 -> "The request is too large.";
          default -> title;
        };
    return Problem.of(status, title, detail);
  }

  static List<FieldError> fieldErrors(ConstraintViolationException violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason));
    return errors;
  }

  /**
   * The client's name for the field: the property path below the method parameter, e.g. {@code
   * complete.arg1.items[2].name} becomes {@code items[2].name}; a bare parameter keeps its own
   * name. Bean Validation puts an element's index on the node inside the list, so it is written
   * before that node's own name.
   */
  static String fieldName(Path path) {
    StringBuilder name = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() != ElementKind.PROPERTY
          && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (node.isInIterable() && !name.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          name.append('[').append(position).append(']');
        }
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(node.getName());
      }
    }
    if (name.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return name.toString();
  }
}
