package uk.nhs.icb.caseworkflows.bpmn.api;

import java.util.List;

/**
 * A module's BPMN models, as classpath resource names. Implement it as an
 * {@code @ApplicationScoped} bean and the engine deploys the models at start-up; an unchanged model
 * is not deployed again, so restarts create no new process versions.
 */
public interface ProcessModels {

  List<String> resources();
}
