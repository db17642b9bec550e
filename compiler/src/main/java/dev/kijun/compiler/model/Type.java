package dev.kijun.compiler.model;

/** The type of a field, constant or expression after resolution. */
public sealed interface Type {
  /** Shown in diagnostics and docs, e.g. {@code list<TlsVersion>}. */
  String display();

  /** Built-in scalar types. */
  enum Primitive implements Type {
    STRING("string"), SECRET("secret"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"), DATE("date"),
    /** The type of an expression that already failed to check; fits everywhere so errors do not cascade. */
    ERROR("<error>");

    private final String keyword;

    Primitive(String keyword) {
      this.keyword = keyword;
    }

    @Override
    public String display() {
      return keyword;
    }
  }

  /** A declared enum (or the built-in {@code Answer}). */
  record EnumType(EnumDef def) implements Type {
    @Override
    public String display() {
      return def.name();
    }
  }

  /** A declared record. */
  record RecordType(RecordDef def) implements Type {
    @Override
    public String display() {
      return def.name();
    }
  }

  /** {@code list<T>} */
  record ListType(Type element) implements Type {
    @Override
    public String display() {
      return "list<" + element.display() + ">";
    }
  }

  /** {@code T?} */
  record OptionalType(Type inner) implements Type {
    @Override
    public String display() {
      return inner.display() + "?";
    }
  }

  /** The type with any optional wrapper removed. */
  default Type unwrapped() {
    return this instanceof OptionalType o ? o.inner() : this;
  }

  /** True for the error type. */
  default boolean isError() {
    return this == Primitive.ERROR;
  }

  /** True when values of the two types can be compared with {@code ==} (after unwrapping optionals). */
  static boolean comparable(Type a, Type b) {
    Type x = a.unwrapped();
    Type y = b.unwrapped();
    if (x.isError() || y.isError()) {
      return true;
    }
    if (isNumeric(x) && isNumeric(y)) {
      return true;
    }
    if ((x == Primitive.STRING || x == Primitive.SECRET) && (y == Primitive.STRING || y == Primitive.SECRET)) {
      return x == y;
    }
    return x.equals(y);
  }

  /** integer or number. */
  static boolean isNumeric(Type t) {
    return t == Primitive.INTEGER || t == Primitive.NUMBER;
  }
}
