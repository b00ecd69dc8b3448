package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a top-level name in a BPMN expression ({@code ${acknowledgementLetter}}) to the CDI bean
 * with that {@code @Named} name. Camunda's own CDI module has no 7.24 release for Jakarta EE, and
 * Camunda relocates the EL API, so the container's EL resolvers cannot be plugged in directly.
 * Beans are read-only from BPMN.
 */
class CdiBeanElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || property == null) {
      return null;
    }
    BeanManager beans = CDI.current().getBeanManager();
    Set<Bean<?>> named = beans.getBeans(property.toString());
    if (named.isEmpty()) {
      return null;
    }
    Bean<?> bean = beans.resolve(named);
    CreationalContext<?> creation = beans.createCreationalContext(bean);
    // Delegates are meant to be @ApplicationScoped; a @Dependent one would live as long as the
    // engine.
    Object reference = beans.getReference(bean, Object.class, creation);
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans cannot be replaced from a process model.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }
}
