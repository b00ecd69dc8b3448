package uk.nhs.icb.caseworkflows.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.app.PageMatrix;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;

/**
 * The page matrix names every page and form of the product, as AuthorisationMatrixTest does for the
 * REST endpoints: a servlet (or a case form of the kit) without a row, a row no servlet serves, or
 * an "allow" that the servlet's own checks cannot grant (its {@code @ServletSecurity} roles, the
 * case pages' team, a form's roles) fails the build. The kit's case forms are found in the code
 * (every {@link CaseForm} of a workflow's {@link CasePages}), so a new step form needs its two rows
 * (the form's page and its post). Forms of the other servlets are written in their own code as
 * patterns; their rows are kept by reading, and ReliabilityIT calls every row on a server.
 */
class PageMatrixTest {

  /**
   * The servlets of signing in and out, open to anyone (no {@code @ServletSecurity}): they check no
   * role, so they have no row; and the error page, which answers any caller's failed request and
   * shows nothing of a case. Any other servlet without a constraint fails the test.
   */
  private static final Set<String> OPEN_TO_ANYONE =
      Set.of("SignInPage", "SignOut", "KeepAlive", "ProviderSignIn", "StartPage", "ErrorPages");

  private static final String ANY_SIGNED_IN = "**";

  @Test
  void everyPageAndCaseFormHasARowAndNoRowAllowsMoreThanThePagesCode() throws Exception {
    PageMatrix matrix = PageMatrix.load();
    assertThat(matrix.roles()).containsExactlyElementsOf(Roles.ALL);
    Set<String> addresses = new HashSet<>();
    for (PageMatrix.Entry entry : matrix.entries()) {
      assertThat(addresses.add(entry.address())).as("a second row for " + entry.address()).isTrue();
      assertThat(entry.anonymous()).as(entry.address() + ": anonymous").isEqualTo("login");
    }

    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.nhs.icb.caseworkflows");
    List<Servlet> servlets = servlets(classes);
    assertThat(servlets).as("page servlets found").hasSizeGreaterThan(15);

    // Every row is served by a servlet, and no row allows a role the servlet's constraint refuses.
    for (PageMatrix.Entry entry : matrix.entries()) {
      List<Servlet> serving = serving(servlets, entry.path());
      assertThat(serving).as(entry.address() + ": the servlet serving it").hasSize(1);
      Set<String> allowed = allowed(entry);
      assertThat(serving.get(0).containerRoles())
          .as(entry.address() + ": roles its @ServletSecurity lets in")
          .containsAll(allowed);
    }
    // Every servlet has a row.
    for (Servlet servlet : servlets) {
      assertThat(matrix.entries())
          .as(servlet.type().getSimpleName() + " (" + servlet.patterns() + ") has a row")
          .anySatisfy(
              entry -> assertThat(serving(servlets, entry.path())).containsExactly(servlet));
    }

    // The kit's case pages: the list, the case, the intake and every form, each within the team.
    Map<String, PageMatrix.Entry> rows =
        matrix.entries().stream()
            .collect(Collectors.toMap(PageMatrix.Entry::address, entry -> entry));
    Set<String> expected = new TreeSet<>();
    List<Class<?>> forms = concrete(classes, CaseForm.class);
    for (Servlet servlet : servlets) {
      if (!CasePages.class.isAssignableFrom(servlet.type())) {
        continue;
      }
      CasePages<?> pages = (CasePages<?>) instance(servlet.type());
      String base = trim(call(pages, "path"));
      @SuppressWarnings("unchecked")
      Set<String> team = (Set<String>) call(pages, "team");
      List<String> own = new ArrayList<>(List.of("GET " + base, "GET " + base + "/{id}"));
      String intake = intakePath(servlet.type());
      if (intake != null) {
        own.add("GET " + base + "/" + intake);
        own.add("POST " + base + "/" + intake);
      }
      Type file = fileOf(servlet.type(), CasePages.class);
      for (Class<?> formType : forms) {
        if (!file.equals(fileOf(formType, CaseForm.class))) {
          continue;
        }
        CaseForm<?> form = (CaseForm<?>) instance(formType);
        for (String method : List.of("GET", "POST")) {
          String address = method + " " + base + "/{id}/" + form.path();
          own.add(address);
          PageMatrix.Entry row = rows.get(address);
          if (row != null) {
            assertThat(form.roles())
                .as(address + ": the form's roles (" + formType.getName() + ")")
                .containsAll(allowed(row));
          }
        }
      }
      for (String address : own) {
        expected.add(address);
        PageMatrix.Entry row = rows.get(address);
        assertThat(row)
            .as("a row for " + address + " (" + servlet.type().getSimpleName() + ")")
            .isNotNull();
        assertThat(team).as(address + ": the team of " + base).containsAll(allowed(row));
      }
    }
    Set<String> caseRows =
        rows.keySet().stream()
            .filter(
                address ->
                    servlets.stream()
                        .filter(s -> CasePages.class.isAssignableFrom(s.type()))
                        .anyMatch(
                            s ->
                                serving(servlets, address.substring(address.indexOf(' ') + 1))
                                    .contains(s)))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(caseRows)
        .as("rows of the case pages against their lists, cases, intakes and forms in the code")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The servlets that answer {@code path}, as the container picks one: an exact pattern first
   * ({@code /tasks} before {@code /tasks/*}), then the path patterns it falls under.
   */
  private static List<Servlet> serving(List<Servlet> servlets, String path) {
    List<Servlet> exact = servlets.stream().filter(s -> s.exactly(path)).toList();
    return exact.isEmpty() ? servlets.stream().filter(s -> s.serves(path)).toList() : exact;
  }

  /** A page servlet: its class, its URL patterns and the roles its constraint lets in. */
  private record Servlet(Class<?> type, List<String> patterns, Set<String> containerRoles) {

    boolean exactly(String path) {
      return patterns.stream()
          .anyMatch(pattern -> !pattern.endsWith("/*") && trim(pattern).equals(path));
    }

    boolean serves(String path) {
      for (String pattern : patterns) {
        String base =
            trim(pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern);
        if (path.equals(base) || (pattern.endsWith("/*") && path.startsWith(base + "/"))) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<Servlet> servlets(JavaClasses classes) {
    List<Servlet> servlets = new ArrayList<>();
    for (JavaClass found : classes) {
      if (!found.isAnnotatedWith(WebServlet.class)) {
        continue;
      }
      Class<?> type = found.reflect();
      WebServlet web = type.getAnnotation(WebServlet.class);
      List<String> patterns = new ArrayList<>(List.of(web.value()));
      patterns.addAll(List.of(web.urlPatterns()));
      ServletSecurity security = type.getAnnotation(ServletSecurity.class);
      if (security == null) {
        assertThat(OPEN_TO_ANYONE)
            .as(type.getName() + " has no @ServletSecurity: only sign-in servlets may be open")
            .contains(type.getSimpleName());
        continue;
      }
      Set<String> roles = new LinkedHashSet<>();
      for (String role : security.value().rolesAllowed()) {
        if (role.equals(ANY_SIGNED_IN)) {
          roles.addAll(Roles.ALL);
        } else if (role.equals(Roles.ANY_CASE_WORKER)) {
          roles.addAll(Roles.CASE_WORKERS);
        } else {
          roles.add(role);
        }
      }
      assertThat(roles).as(type.getName() + ": roles of its constraint").isNotEmpty();
      servlets.add(new Servlet(type, patterns, roles));
    }
    return servlets;
  }

  private static List<Class<?>> concrete(JavaClasses classes, Class<?> kind) {
    return classes.stream()
        .filter(type -> type.isAssignableTo(kind))
        .<Class<?>>map(JavaClass::reflect)
        .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
        .filter(type -> !type.isAnonymousClass())
        .toList();
  }

  /** The last address segment of the case pages' intake form, from the field that holds it. */
  private static String intakePath(Class<?> pagesType) throws Exception {
    for (Field field : pagesType.getDeclaredFields()) {
      if (CasePages.Intake.class.isAssignableFrom(field.getType())
          && !Modifier.isStatic(field.getModifiers())) {
        return ((CasePages.Intake) instance(field.getType())).path();
      }
    }
    // A static intake (such as a workflow whose cases are raised elsewhere) is read from the pages.
    Method intake = method(pagesType, "intake");
    CasePages.Intake none = (CasePages.Intake) intake.invoke(instance(pagesType));
    return none.path();
  }

  /** What a case form or case pages class reads of a case ({@code F}), from its type arguments. */
  private static Type fileOf(Class<?> type, Class<?> generic) {
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      List<Type> supers = new ArrayList<>(List.of(at.getGenericInterfaces()));
      supers.add(at.getGenericSuperclass());
      for (Type candidate : supers) {
        if (candidate instanceof ParameterizedType parameterized
            && parameterized.getRawType() instanceof Class<?> raw
            && generic.isAssignableFrom(raw)
            && parameterized.getActualTypeArguments()[0] instanceof Class<?> file) {
          return file;
        }
      }
    }
    throw new AssertionError(type + ": no case file type found for " + generic.getSimpleName());
  }

  /**
   * An instance made only to read the addresses and roles the class declares (a CDI bean's injected
   * fields stay empty; nothing else of it is called).
   */
  private static Object instance(Class<?> type) throws Exception {
    Constructor<?> fewest = null;
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (fewest == null || constructor.getParameterCount() < fewest.getParameterCount()) {
        fewest = constructor;
      }
    }
    fewest.setAccessible(true);
    Object[] arguments = new Object[fewest.getParameterCount()];
    Class<?>[] kinds = fewest.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = kinds[i].isPrimitive() ? (kinds[i] == boolean.class ? false : 0) : null;
    }
    return fewest.newInstance(arguments);
  }

  private static Object call(Object target, String name) throws Exception {
    return method(target.getClass(), name).invoke(target);
  }

  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      for (Method method : at.getDeclaredMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == 0) {
          method.setAccessible(true);
          return method;
        }
      }
    }
    throw new NoSuchMethodException(type + "." + name);
  }

  private static Set<String> allowed(PageMatrix.Entry entry) {
    return entry.cells().entrySet().stream()
        .filter(cell -> cell.getValue() == PageMatrix.Cell.ALLOW)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String trim(Object path) {
    String text = path.toString();
    return text.startsWith("/") ? text.substring(1) : text;
  }
}
