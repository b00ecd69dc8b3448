package uk.nhs.icb.caseworkflows.common.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.nhs.icb.caseworkflows.common.errors.ValidationDoubles.path;
import static uk.nhs.icb.caseworkflows.common.errors.ValidationDoubles.violation;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ValidationDoubles.Node;

class ProblemClassifierTest {

  @BeforeAll
  static void loadProblemWithoutAJaxRsRuntime() {
    MediaTypeOnlyRuntimeDelegate.install();
  }

  private static Problem classified(Throwable thrown) {
    Optional<Problem> problem = ProblemClassifier.classify(thrown);
    assertThat(problem).as("a known problem in " + thrown).isPresent();
    return problem.get();
  }

  private static <T extends Throwable> T causedBy(T thrown, Throwable cause) {
    thrown.initCause(cause);
    return thrown;
  }

  // --- what the services throw ---

  @Test
  void aLostRaceDeepInsideTheTransactionWrappersIsAConflict() {
    // What the container hands the mapper after an optimistic-lock failure at commit.
    Throwable thrown =
        new RuntimeException(
            "EJB call failed",
            new TransactionalException(
                "commit failed",
                causedBy(
                    new RollbackException("rolled back"),
                    new OptimisticLockException("row was updated by another transaction"))));

    Problem problem = classified(thrown);

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.title()).isEqualTo("Conflict");
    assertThat(problem.detail()).contains("Someone else changed this record").contains("Reload it");
    assertThat(problem.detail()).doesNotContain("row was updated by another transaction");
    assertThat(problem.errors()).isNull();
    assertThat(problem.incident()).isNull();
  }

  @Test
  void aDeadlockVictimOrALockTimeoutIsAConflictToTryAgainNotAFault() {
    for (RuntimeException lock :
        List.of(
            new PessimisticLockException("Deadlock detected. Details: AUDIT_CHAIN_HEAD"),
            new LockTimeoutException("lock wait timeout"))) {
      Problem problem =
          classified(new TransactionalException("rolled back", new RuntimeException(lock)));

      assertThat(problem.status()).as(lock.getClass().getSimpleName()).isEqualTo(409);
      assertThat(problem.detail()).contains("nothing was changed").contains("Try again");
      assertThat(problem.detail()).doesNotContain("AUDIT_CHAIN_HEAD");
      assertThat(problem.incident()).isNull();
    }
  }

  @Test
  void aMissingRecordIsNotFoundWithItsMessage() {
    Problem problem = classified(new NotFoundProblem("There is no complaint C-123."));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Not Found");
    assertThat(problem.detail()).isEqualTo("There is no complaint C-123.");
    assertThat(problem.type()).isEqualTo("about:blank");
  }

  @Test
  void aConflictKeepsItsMessageForThePerson() {
    Problem problem = classified(new ConflictProblem("This complaint is already closed."));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.title()).isEqualTo("Conflict");
    assertThat(problem.detail()).isEqualTo("This complaint is already closed.");
  }

  @Test
  void aForbiddenActionIsForbidden() {
    Problem problem = classified(new ForbiddenProblem("Only the IFR panel may decide."));

    assertThat(problem.status()).isEqualTo(403);
    assertThat(problem.title()).isEqualTo("Forbidden");
    assertThat(problem.detail()).isEqualTo("Only the IFR panel may decide.");
  }

  @Test
  void invalidInputIsABadRequestListingEachField() {
    List<FieldError> errors =
        List.of(new FieldError("page", "must be a number"), new FieldError("size", "too big"));

    Problem problem = classified(new InvalidInputException(errors));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Bad Request");
    assertThat(problem.errors()).isEqualTo(errors);
  }

  @Test
  void invalidInputWrappedByATransactionIsStillABadRequest() {
    Problem problem =
        classified(
            new TransactionalException(
                "rolled back", new InvalidInputException("dueDate", "is a weekend")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).containsExactly(new FieldError("dueDate", "is a weekend"));
  }

  @Test
  void theOutermostMeaningfulExceptionWins() {
    Throwable notFoundAroundInvalid =
        new RuntimeException(
            causedBy(new NotFoundProblem("no such task"), new InvalidInputException("x", "y")));
    Throwable conflictAroundLock =
        causedBy(
            new ConflictProblem("The task was completed by someone else."),
            new OptimisticLockException());

    assertThat(classified(notFoundAroundInvalid).status()).isEqualTo(404);
    assertThat(classified(conflictAroundLock).detail())
        .isEqualTo("The task was completed by someone else.");
  }

  @Test
  void bodyThatIsNotJsonOfTheRightShapeIsABadRequestAboutTheBody() {
    for (Throwable unreadable :
        List.of(new JsonbException("Unexpected char"), new ProcessingException("cannot read"))) {
      Problem problem = classified(new RuntimeException(unreadable));

      assertThat(problem.status()).isEqualTo(400);
      assertThat(problem.errors())
          .containsExactly(new FieldError("body", "is not valid JSON of the expected shape"));
      assertThat(problem.detail()).doesNotContain("Unexpected char");
    }
  }

  @Test
  void aBadRequestFromTheRestLayerIsAboutTheBody() {
    Problem problem = classified(new jakarta.ws.rs.BadRequestException(new StubResponse(400)));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(new FieldError("body", "is not valid JSON of the expected shape"));
  }

  @Test
  void beanValidationFailuresAreABadRequestWithFieldsInNameOrder() {
    ConstraintViolationException thrown =
        new ConstraintViolationException(
            Set.of(
                violation(
                    path(Node.method("complete"), Node.parameter("arg1"), Node.property("summary")),
                    "must not be blank"),
                violation(
                    path(Node.method("complete"), Node.parameter("arg1"), Node.property("dueDate")),
                    "must be in the future"),
                violation(
                    path(Node.method("complete"), Node.parameter("arg1"), Node.property("dueDate")),
                    "must be a working day")));

    Problem problem = classified(new TransactionalException("rolled back", thrown));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("dueDate", "must be a working day"),
            new FieldError("dueDate", "must be in the future"),
            new FieldError("summary", "must not be blank"));
  }

  // --- what JAX-RS throws (built from ready-made responses: there is no JAX-RS runtime here) ---

  @Test
  void anUnknownAddressIsNotFound() {
    Problem problem = classified(new NotFoundException(new StubResponse(404)));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Not Found");
    assertThat(problem.detail()).isEqualTo("There is nothing at this address.");
  }

  @Test
  void aMethodTheAddressDoesNotAcceptIsMethodNotAllowed() {
    Problem problem = classified(new NotAllowedException(new StubResponse(405)));

    assertThat(problem.status()).isEqualTo(405);
    assertThat(problem.title()).isEqualTo("Method Not Allowed");
    assertThat(problem.detail()).isEqualTo("This address does not accept that method.");
  }

  @Test
  void anAnonymousCallerIsAskedToSignIn() {
    Problem problem = classified(new NotAuthorizedException(new StubResponse(401)));

    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.detail()).isEqualTo("Sign in to use this service.");
  }

  @Test
  void otherHttpErrorsKeepTheirStatusWithAPlainDetail() {
    assertThat(classified(new WebApplicationException(new StubResponse(415))).detail())
        .isEqualTo("This address speaks application/json.");
    assertThat(classified(new WebApplicationException(new StubResponse(406))).detail())
        .isEqualTo("This address speaks application/json.");
    assertThat(classified(new WebApplicationException(new StubResponse(413))).detail())
        .isEqualTo("The request is too large.");
    Problem unavailable = classified(new WebApplicationException(new StubResponse(503)));
    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.detail()).isEqualTo("Service Unavailable");
  }

  @Test
  void anHttpStatusWithoutAStandardNameIsTitledError() {
    Problem problem = classified(new WebApplicationException(new StubResponse(499)));

    assertThat(problem.status()).isEqualTo(499);
    assertThat(problem.title()).isEqualTo("Error");
  }

  // --- what is not recognised ---

  @Test
  void anUnknownExceptionIsLeftForTheServerLog() {
    assertThat(ProblemClassifier.classify(new IllegalStateException("bug"))).isEmpty();
    assertThat(
            ProblemClassifier.classify(
                new RuntimeException(new TransactionalException("x", new NullPointerException()))))
        .isEmpty();
  }

  @Test
  void anExceptionThatNamesItselfAsItsCauseDoesNotLoopForever() {
    RuntimeException selfCaused =
        new RuntimeException("odd driver exception") {
          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };

    Optional<Problem> problem =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> ProblemClassifier.classify(selfCaused));

    assertThat(problem).isEmpty();
  }

  @Test
  void twoExceptionsThatNameEachOtherAsCauseDoNotLoopForever() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    Optional<Problem> problem =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ProblemClassifier.classify(first));

    assertThat(problem).isEmpty();
  }

  // --- the field names a client sees ---

  @Test
  void aPropertyOfAParameterIsNamedWithoutTheMethodAndParameter() {
    assertThat(
            ProblemClassifier.fieldName(
                path(Node.method("complete"), Node.parameter("arg1"), Node.property("variables"))))
        .isEqualTo("variables");
  }

  @Test
  void nestedPropertiesAreJoinedWithDots() {
    assertThat(ProblemClassifier.fieldName(path(Node.property("a"), Node.property("b"))))
        .isEqualTo("a.b");
    assertThat(
            ProblemClassifier.fieldName(
                path(
                    Node.method("create"),
                    Node.parameter("arg0"),
                    Node.property("patient"),
                    Node.property("address"),
                    Node.property("postcode"))))
        .isEqualTo("patient.address.postcode");
  }

  @Test
  void anElementOfAListIsNamedByItsIndex() {
    // List<@NotBlank String> items: the container element node carries the index.
    assertThat(ProblemClassifier.fieldName(path(Node.property("items"), Node.listElement(2))))
        .isEqualTo("items[2]");
  }

  @Test
  void aValueOfAMapIsNamedByItsKey() {
    // The example of the method's own documentation: complete.arg1.variables[x].
    assertThat(
            ProblemClassifier.fieldName(
                path(
                    Node.method("complete"),
                    Node.parameter("arg1"),
                    Node.property("variables"),
                    Node.mapValue("x"))))
        .isEqualTo("variables[x]");
  }

  @Test
  void aPropertyOfAListElementIsNamedAfterTheElementsIndex() {
    // @Valid List<Item> items, Item.name blank in the third item: Bean Validation reports the
    // path items[2].name, and it is the "name" node that carries index 2.
    assertThat(
            ProblemClassifier.fieldName(
                path(
                    Node.method("create"),
                    Node.parameter("arg0"),
                    Node.property("items"),
                    Node.property("name").at(2))))
        .isEqualTo("items[2].name");
  }

  @Test
  void aBareParameterKeepsItsOwnName() {
    assertThat(ProblemClassifier.fieldName(path(Node.method("find"), Node.parameter("caseId"))))
        .isEqualTo("caseId");
  }

  @Test
  void aViolationOfTheWholeBodyIsNamedBody() {
    assertThat(ProblemClassifier.fieldName(path(Node.bean()))).isEqualTo("body");
    assertThat(ProblemClassifier.fieldName(path())).isEqualTo("body");
  }
}
