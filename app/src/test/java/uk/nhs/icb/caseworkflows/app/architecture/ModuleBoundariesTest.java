package uk.nhs.icb.caseworkflows.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * The dependency rules of DESIGN.md, checked on the compiled modules: common knows no other module,
 * bpmn only common, the case modules never each other and reach the engine only through bpmn's API,
 * and a domain layer never depends on web or process adapters.
 */
class ModuleBoundariesTest {

  private static final String BASE = "uk.nhs.icb.caseworkflows";
  private static JavaClasses classes;

  @BeforeAll
  static void importModules() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void commonDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".bpmn..",
            BASE + ".complaints..",
            BASE + ".chc..",
            BASE + ".ifr..",
            BASE + ".app..")
        .check(classes);
  }

  @Test
  void bpmnDependsOnlyOnCommon() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".bpmn..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".complaints..", BASE + ".chc..", BASE + ".ifr..", BASE + ".app..")
        .check(classes);
  }

  @Test
  void caseModulesNeverReachIntoEachOther() {
    for (String module : new String[] {"complaints", "chc", "ifr"}) {
      String[] others =
          java.util.stream.Stream.of("complaints", "chc", "ifr", "app")
              .filter(other -> !other.equals(module))
              .map(other -> BASE + "." + other + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(BASE + "." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void caseModulesUseTheEngineOnlyThroughTheBpmnApi() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".complaints..", BASE + ".chc..", BASE + ".ifr..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.camunda.bpm.engine.impl..", BASE + ".bpmn.engine..")
        .allowEmptyShould(true)
        .check(classes);
  }

  static final ArchRule DOMAIN_KNOWS_NO_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..web..", "..process..", "jakarta.ws.rs..", "org.camunda..");

  @Test
  void aDomainLayerNeverDependsOnWebOrProcessAdapters() {
    DOMAIN_KNOWS_NO_ADAPTERS.check(classes);
  }

  @Test
  void theDomainRuleCatchesADomainClassThatKnowsHttp() {
    assertThatThrownBy(() -> DOMAIN_KNOWS_NO_ADAPTERS.check(fixtures()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyDomainObject");
  }

  /** Pages and resources read and change cases through the application layer, never JPA. */
  static final ArchRule WEB_NEVER_TOUCHES_JPA =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..");

  @Test
  void aWebLayerNeverUsesJpa() {
    WEB_NEVER_TOUCHES_JPA.check(classes);
  }

  @Test
  void theWebRuleCatchesAPageThatReadsTheDatabase() {
    assertThatThrownBy(() -> WEB_NEVER_TOUCHES_JPA.check(fixtures()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PersistentPage");
  }

  /**
   * Use cases serve pages, REST and BPMN delegates alike, so they know none of them: no web class,
   * no servlet, no JAX-RS.
   */
  static final ArchRule APPLICATION_KNOWS_NO_WEB =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..web..", "jakarta.servlet..", "jakarta.ws.rs..");

  @Test
  void anApplicationLayerNeverDependsOnWeb() {
    APPLICATION_KNOWS_NO_WEB.check(classes);
  }

  @Test
  void theApplicationRuleCatchesAUseCaseThatKnowsAPage() {
    assertThatThrownBy(() -> APPLICATION_KNOWS_NO_WEB.check(fixtures()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PageAwareUseCase");
  }

  @Test
  void eachCaseModuleKeepsItsModelsBesideTheirDelegates() {
    modelsBesideTheirDelegates().check(classes);
  }

  @Test
  void theModelRuleCatchesAModuleDeployingAnotherModulesModel() {
    assertThatThrownBy(() -> modelsBesideTheirDelegates().check(fixtures()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("StrayProcessModels")
        .hasMessageContaining("${complaintLetters}");
  }

  /** Every deployer of process models, main or fixture, judged against the main classes' beans. */
  private static ArchRule modelsBesideTheirDelegates() {
    return classes()
        .that()
        .implement(ProcessModels.class)
        .and()
        .areNotInterfaces()
        .should(new ModelsBesideTheirDelegates(classes));
  }

  /** The deliberately wrong classes of {@code architecture/fixture}, one for each rule. */
  private static JavaClasses fixtures() {
    return new ClassFileImporter()
        .importPackages("uk.nhs.icb.caseworkflows.app.architecture.fixture");
  }
}
