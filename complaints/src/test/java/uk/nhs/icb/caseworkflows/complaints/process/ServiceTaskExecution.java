package uk.nhs.icb.caseworkflows.complaints.process;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A service task's execution as a delegate sees it: the business key and the variables, nothing
 * else (no engine is needed to call a delegate, and Mockito is not on the class path).
 */
final class ServiceTaskExecution {

  private ServiceTaskExecution() {}

  static DelegateExecution of(String businessKey, Map<String, Object> variables) {
    Map<String, Object> copy = new HashMap<>(variables);
    return (DelegateExecution)
        Proxy.newProxyInstance(
            DelegateExecution.class.getClassLoader(),
            new Class<?>[] {DelegateExecution.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBusinessKey", "getProcessBusinessKey" -> businessKey;
                  case "getVariable", "getVariableLocal" -> copy.get((String) args[0]);
                  case "hasVariable", "hasVariableLocal" -> copy.containsKey((String) args[0]);
                  case "getProcessInstanceId" -> "process-of-" + businessKey;
                  case "getCurrentActivityId" -> "a-service-task";
                  case "toString" -> "execution of " + businessKey;
                  default ->
                      throw new UnsupportedOperationException(
                          "a delegate should not need " + method.getName());
                });
  }
}
