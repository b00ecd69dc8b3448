package uk.nhs.icb.caseworkflows.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;

/** The product's REST resources: every production class of any module annotated with @Path. */
final class RestResources {

  private RestResources() {}

  static List<Class<?>> all() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.nhs.icb.caseworkflows")
            .stream()
            .filter(type -> type.isAnnotatedWith(Path.class))
            .<Class<?>>map(JavaClass::reflect)
            .toList();
  }
}
