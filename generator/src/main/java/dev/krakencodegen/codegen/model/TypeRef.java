package dev.krakencodegen.codegen.model;

/** A resolved type. Named types refer to models and enums by name, so the model has no cycles. */
public sealed interface TypeRef {

  /** The spec spelling, e.g. {@code list<Team>}. */
  String spelling();

  enum Scalar {
    STRING("string"),
    INT32("int32"),
    INT64("int64"),
    FLOAT64("float64"),
    BOOLEAN("boolean"),
    URL("url"),
    TIMESTAMP("timestamp");

    private final String spelling;

    Scalar(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }
  }

  record Primitive(Scalar scalar) implements TypeRef {
    @Override
    public String spelling() {
      return scalar.spelling();
    }
  }

  record ListOf(TypeRef element) implements TypeRef {
    @Override
    public String spelling() {
      return "list<" + element.spelling() + ">";
    }
  }

  record MapOf(TypeRef value) implements TypeRef {
    @Override
    public String spelling() {
      return "map<" + value.spelling() + ">";
    }
  }

  record ModelRef(String name) implements TypeRef {
    @Override
    public String spelling() {
      return name;
    }
  }

  record EnumRef(String name) implements TypeRef {
    @Override
    public String spelling() {
      return name;
    }
  }
}
