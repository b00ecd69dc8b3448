package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Property paths and violations as a Bean Validation provider reports them; there is no provider at
 * unit-test time. As in the specification (and Hibernate Validator), a node's index or key is the
 * position of that node inside its parent container: for {@code items[2].name} it is the {@code
 * name} node that reports index 2.
 */
final class ValidationDoubles {

  private ValidationDoubles() {}

  record Node(String name, ElementKind kind, Integer index, Object key) implements Path.Node {

    static Node method(String name) {
      return new Node(name, ElementKind.METHOD, null, null);
    }

    static Node parameter(String name) {
      return new Node(name, ElementKind.PARAMETER, null, null);
    }

    static Node property(String name) {
      return new Node(name, ElementKind.PROPERTY, null, null);
    }

    static Node bean() {
      return new Node(null, ElementKind.BEAN, null, null);
    }

    static Node listElement(int index) {
      return new Node("<list element>", ElementKind.CONTAINER_ELEMENT, index, null);
    }

    static Node mapValue(Object key) {
      return new Node("<map value>", ElementKind.CONTAINER_ELEMENT, null, key);
    }

    Node at(int position) {
      return new Node(name, kind, position, null);
    }

    Node atKey(Object mapKey) {
      return new Node(name, kind, null, mapKey);
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return index != null || key != null;
    }

    @Override
    public Integer getIndex() {
      return index;
    }

    @Override
    public Object getKey() {
      return key;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      return nodeType.cast(this);
    }

    @Override
    public String toString() {
      return name == null ? "" : name;
    }
  }

  static Path path(Node... nodes) {
    List<Path.Node> list = List.of(nodes);
    return new Path() {
      @Override
      public Iterator<Path.Node> iterator() {
        return list.iterator();
      }

      @Override
      public String toString() {
        return list.stream().map(Object::toString).collect(Collectors.joining("."));
      }
    };
  }

  static ConstraintViolation<Object> violation(Path path, String message) {
    return new ConstraintViolation<>() {
      @Override
      public String getMessage() {
        return message;
      }

      @Override
      public String getMessageTemplate() {
        return message;
      }

      @Override
      public Object getRootBean() {
        return null;
      }

      @Override
      public Class<Object> getRootBeanClass() {
        return Object.class;
      }

      @Override
      public Object getLeafBean() {
        return null;
      }

      @Override
      public Object[] getExecutableParameters() {
        return new Object[0];
      }

      @Override
      public Object getExecutableReturnValue() {
        return null;
      }

      @Override
      public Path getPropertyPath() {
        return path;
      }

      @Override
      public Object getInvalidValue() {
        return null;
      }

      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return null;
      }

      @Override
      public <U> U unwrap(Class<U> type) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
