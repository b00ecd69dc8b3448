package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.GoneProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The case-pages base with a tiny workflow of its own: it sends each address to the list, the case
 * page or a form, keeps out who may not see the cases or use a form, and turns what the use case
 * refused into messages beside the fields.
 */
class CasePagesTest {

  /** A form of the "things" workflow; what is typed in "note" decides what its use case does. */
  static final class NoteForm extends NamedForm<String> {

    private final boolean completes;

    NoteForm(String path, boolean completes) {
      super(path, "Add a note", "note");
      this.completes = completes;
    }

    @Override
    public Set<String> roles() {
      return path().equals("approval") ? Set.of("lead") : Set.of("worker", "lead");
    }

    @Override
    public boolean completesStep() {
      return completes;
    }

    @Override
    public Map<String, Object> model(String file, FormValues typed) {
      return new FormModel(typed).textarea("note", "Note", null).fact("File", file).toMap();
    }

    @Override
    public String submit(String caseId, FormValues typed) {
      String note = typed.text("note", "Enter a note");
      if (note == null) {
        return null;
      }
      if (caseId.equals("destroyed")) {
        throw new GoneProblem("Thing destroyed at the end of its retention");
      }
      return switch (note) {
        case "late" -> throw new ConflictProblem("The case was closed meanwhile");
        case "unknown" -> throw new InvalidInputException("reviewer", "is not a member of staff");
        case "short" -> throw new InvalidInputException("note", "must be longer");
        default -> "The note was added to " + caseId + ".";
      };
    }
  }

  static final class ThingPages extends CasePages<String> {

    @Override
    protected String path() {
      return "/things";
    }

    @Override
    protected Set<String> team() {
      return Set.of("worker", "lead");
    }

    @Override
    protected String noAccess(Caller caller) {
      return "Things are for the things team.";
    }

    @Override
    protected String notForYou() {
      return "Only a lead approves.";
    }

    @Override
    protected FieldLimits limits() {
      return new FieldLimits(Map.of("note", 10));
    }

    @Override
    protected PageView listPage(HttpServletRequest request) {
      return PageView.of("Things", "things/list", Map.of());
    }

    @Override
    protected PageView casePage(String id, HttpServletRequest request) {
      return PageView.of("Thing " + id, "things/case", Map.of());
    }

    @Override
    protected Intake intake() {
      return new Intake() {
        @Override
        public String path() {
          return "new";
        }

        @Override
        public String firstField() {
          return "title";
        }

        @Override
        public PageView page(FormValues typed) {
          return PageView.of("New thing", "things/new", Map.of());
        }

        @Override
        public String submit(FormValues typed) {
          return typed.text("title", "Enter a title") == null ? null : "t-9";
        }

        @Override
        public String banner() {
          return "The thing was recorded.";
        }
      };
    }

    @Override
    protected Optional<NoteForm> form(String path) {
      return switch (path) {
        case "note" -> Optional.of(new NoteForm("note", false));
        case "approval" -> Optional.of(new NoteForm("approval", true));
        default -> Optional.empty();
      };
    }

    @Override
    protected <T> T read(String id, Function<String, T> reader) {
      if (id.equals("missing")) {
        throw new NotFoundProblem("Thing missing");
      }
      if (id.equals("destroyed")) {
        throw new GoneProblem("Thing destroyed at the end of its retention");
      }
      return reader.apply("the file of " + id);
    }

    @Override
    protected String referenceOf(String file) {
      return "THG-1";
    }
  }

  /** What the pages did: the page rendered, or the error page, or where they redirected. */
  static final class Outcome {
    PageView page;
    String errorPage;
    String redirect;
  }

  private final Outcome outcome = new Outcome();
  private final HttpSession session = FakeHttp.session();

  private ThingPages pagesFor(String... roles) {
    ThingPages pages = new ThingPages();
    pages.currentCaller =
        new CurrentCaller() {
          @Override
          public Caller get() {
            return new Caller("sam", Set.of(roles));
          }
        };
    pages.pages =
        new PageRenderer() {
          @Override
          public void render(
              HttpServletRequest request, HttpServletResponse response, PageView page) {
            outcome.page = page;
          }

          @Override
          public void forbidden(
              HttpServletRequest request, HttpServletResponse response, String reason) {
            outcome.errorPage = "403: " + reason;
          }

          @Override
          public void gone(
              HttpServletRequest request, HttpServletResponse response, String reason) {
            outcome.errorPage = "410: " + reason;
          }

          @Override
          public void notFound(HttpServletRequest request, HttpServletResponse response) {
            outcome.errorPage = "404";
          }
        };
    return pages;
  }

  private Outcome get(ThingPages pages, String pathInfo) throws Exception {
    pages.doGet(request(pathInfo, Map.of()), response());
    return outcome;
  }

  private Outcome post(ThingPages pages, String pathInfo, Map<String, String> form)
      throws Exception {
    pages.doPost(request(pathInfo, form), response());
    return outcome;
  }

  @Test
  void eachAddressLeadsToTheListTheCasePageOrAForm() throws Exception {
    ThingPages pages = pagesFor("worker");

    assertThat(get(pages, null).page.template()).isEqualTo("things/list");
    assertThat(get(pages, "/new").page.template()).isEqualTo("things/new");
    assertThat(get(pages, "/t-1").page.title()).isEqualTo("Thing t-1");

    PageView form = get(pages, "/t-1/note").page;
    assertThat(form.title()).isEqualTo("Add a note - THG-1");
    assertThat(form.template()).isEqualTo("common/case-form");
    assertThat(form.model())
        .containsEntry("casePath", "/things")
        .containsEntry("caseId", "t-1")
        .containsEntry("reference", "THG-1")
        .containsEntry("formTitle", "Add a note")
        .containsEntry("action", "note");
  }

  @Test
  void anUnknownFormOrCaseIsNotFoundAndADestroyedCaseIsGone() throws Exception {
    ThingPages pages = pagesFor("worker");

    assertThat(get(pages, "/t-1/nothing").errorPage).isEqualTo("404");
    assertThat(get(pages, "/t-1/../x").errorPage).isEqualTo("404");
    assertThat(get(pages, "/missing/note").errorPage).isEqualTo("404");
    assertThat(get(pages, "/destroyed/note").errorPage)
        .isEqualTo("410: Thing destroyed at the end of its retention");
    assertThat(post(pages, "/destroyed/note", Map.of("note", "hello")).errorPage).startsWith("410");
  }

  @Test
  void someoneOutsideTheTeamOrWithoutTheFormsRoleIsTurnedAway() throws Exception {
    assertThat(get(pagesFor("auditor"), null).errorPage)
        .isEqualTo("403: Things are for the things team.");
    assertThat(post(pagesFor("auditor"), "/t-1/note", Map.of("note", "hi")).errorPage)
        .isEqualTo("403: Things are for the things team.");
    assertThat(get(pagesFor("worker"), "/t-1/approval").errorPage)
        .isEqualTo("403: Only a lead approves.");
    assertThat(post(pagesFor("worker"), "/t-1/approval", Map.of("note", "ok")).errorPage)
        .isEqualTo("403: Only a lead approves.");
  }

  @Test
  void aCompletedStepGoesBackToTheTaskListAndARecordGoesBackToTheCase() throws Exception {
    assertThat(post(pagesFor("lead"), "/t-1/approval", Map.of("note", "fine")).redirect)
        .isEqualTo("/icb/tasks");
    assertThat(Flash.take(request("/", Map.of())).orElseThrow().message())
        .isEqualTo("The note was added to t-1.");

    assertThat(post(pagesFor("worker"), "/t-1/note", Map.of("note", "fine")).redirect)
        .isEqualTo("/icb/things/t-1#actions");
    assertThat(post(pagesFor("worker"), "/new", Map.of("title", "A thing")).redirect)
        .isEqualTo("/icb/things/t-9");
  }

  @Test
  void whatTheUseCaseRefusesIsShownBesideItsFieldWithTheFormAsTyped() throws Exception {
    ThingPages pages = pagesFor("worker");

    assertThat(problems(post(pages, "/t-1/note", Map.of()).page))
        .containsExactly(tuple("note", "Enter a note"));
    assertThat(outcome.page.status()).isEqualTo(400);
    assertThat(outcome.page.title()).isEqualTo("Error: Add a note - THG-1");

    assertThat(problems(post(pages, "/t-1/note", Map.of("note", "far too long")).page))
        .containsExactly(tuple("note", "Must be 10 characters or fewer"));
    assertThat(problems(post(pages, "/t-1/note", Map.of("note", "late")).page))
        .containsExactly(tuple("note", "The case was closed meanwhile"));
    assertThat(problems(post(pages, "/t-1/note", Map.of("note", "short")).page))
        .containsExactly(tuple("note", "Must be longer"));
    assertThat(problems(post(pages, "/t-1/note", Map.of("note", "unknown")).page))
        .as("a refused value the form has no field for is reported at its first field")
        .containsExactly(tuple("note", "Is not a member of staff"));
    assertThat(problems(post(pages, "/new", Map.of()).page))
        .containsExactly(tuple("title", "Enter a title"));
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<org.assertj.core.groups.Tuple> problems(PageView page) {
    return ((java.util.List<FormErrors.FieldProblem>) page.model().get("errorSummary"))
        .stream().map(problem -> tuple(problem.fieldId(), problem.message())).toList();
  }

  private HttpServletRequest request(String pathInfo, Map<String, String> form) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    form.forEach((name, value) -> parameters.put(name, new String[] {value}));
    return FakeHttp.fake(
        HttpServletRequest.class,
        Map.of(
            "getPathInfo", args -> pathInfo,
            "getContextPath", args -> "/icb",
            "getParameterMap", args -> parameters,
            "getContentType", args -> "application/x-www-form-urlencoded",
            "getSession", args -> session));
  }

  private HttpServletResponse response() {
    outcome.page = null;
    outcome.errorPage = null;
    outcome.redirect = null;
    return FakeHttp.fake(
        HttpServletResponse.class,
        Map.of(
            "sendRedirect",
            args -> {
              outcome.redirect = (String) args[0];
              return null;
            }));
  }
}
