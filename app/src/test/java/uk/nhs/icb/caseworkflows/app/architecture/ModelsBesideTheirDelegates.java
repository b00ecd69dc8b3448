package uk.nhs.icb.caseworkflows.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * A case module owns its process: every model a module's {@link ProcessModels} deploys lives in
 * that module's resources (under its own package path), and every bean the model names in a
 * delegate expression is a {@code @Named} class of that module or of the shared modules. So a
 * workflow's model cannot sit in bpmn, or call another workflow's delegates.
 */
final class ModelsBesideTheirDelegates extends ArchCondition<JavaClass> {

  private static final String BASE = "uk.nhs.icb.caseworkflows.";
  private static final Set<String> SHARED = Set.of("common", "bpmn");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private final JavaClasses beans;

  /** {@code beans}: the classes whose {@code @Named} names the models may call. */
  ModelsBesideTheirDelegates(JavaClasses beans) {
    super("keep their BPMN models beside the delegates the models call");
    this.beans = beans;
  }

  @Override
  public void check(JavaClass deployer, ConditionEvents events) {
    String module = moduleOf(deployer.getPackageName());
    for (String model : modelsOf(deployer)) {
      if (!model.startsWith(BASE.replace('.', '/') + module + "/")) {
        events.add(
            SimpleConditionEvent.violated(
                deployer, deployer.getName() + " deploys " + model + " from outside " + module));
      }
      for (String bean : delegatesOf(model)) {
        Set<String> owners = modulesNaming(bean);
        if (!owners.contains(module) && owners.stream().noneMatch(SHARED::contains)) {
          events.add(
              SimpleConditionEvent.violated(
                  deployer,
                  model
                      + " calls ${"
                      + bean
                      + "}, which "
                      + module
                      + " does not have ("
                      + owners
                      + ")"));
        }
      }
    }
  }

  private static String moduleOf(String packageName) {
    return packageName.substring(BASE.length()).split("\\.")[0];
  }

  private static List<String> modelsOf(JavaClass deployer) {
    try {
      return ((ProcessModels) deployer.reflect().getDeclaredConstructor().newInstance())
          .resources();
    } catch (ReflectiveOperationException unusable) {
      throw new IllegalStateException(
          "Cannot ask " + deployer.getName() + " for its models", unusable);
    }
  }

  private static Set<String> delegatesOf(String model) {
    try (InputStream in =
        ModelsBesideTheirDelegates.class.getClassLoader().getResourceAsStream(model)) {
      if (in == null) {
        throw new IllegalStateException(model + " is not on the classpath");
      }
      Matcher named = DELEGATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return named.results().map(found -> found.group(1)).collect(Collectors.toSet());
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private Set<String> modulesNaming(String bean) {
    return beans.stream()
        .filter(type -> type.isAnnotatedWith(Named.class))
        .filter(type -> bean.equals(type.getAnnotationOfType(Named.class).value()))
        .map(type -> moduleOf(type.getPackageName()))
        .collect(Collectors.toSet());
  }
}
