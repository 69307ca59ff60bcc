package dev.krakencodegen.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The values of one call: path, query and form parameters and an optional JSON body. Values are
 * turned into wire text with {@link String#valueOf(Object)}; {@code null} values are skipped.
 * {@link #toString()} names the parameters but never shows their values.
 */
public final class RequestValues {
  private static final RequestValues EMPTY = new Builder().build();

  private final Map<String, String> path;
  private final List<Param> query;
  private final List<Param> form;
  private final boolean hasJsonBody;
  private final @Nullable Object jsonBody;
  private final @Nullable String jsonWrap;

  private RequestValues(Builder b) {
    this.path = Map.copyOf(b.path);
    this.query = List.copyOf(b.query);
    this.form = List.copyOf(b.form);
    this.hasJsonBody = b.hasJsonBody;
    this.jsonBody = b.jsonBody;
    this.jsonWrap = b.jsonWrap;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No parameters and no body. */
  public static RequestValues empty() {
    return EMPTY;
  }

  /** A builder holding a copy of these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.path.putAll(path);
    b.query.addAll(query);
    b.form.addAll(form);
    b.hasJsonBody = hasJsonBody;
    b.jsonBody = jsonBody;
    b.jsonWrap = jsonWrap;
    return b;
  }

  @Nullable String pathValue(String name) {
    return path.get(name);
  }

  List<Param> query() {
    return query;
  }

  /** The first query value named {@code name}, or null. */
  @Nullable String queryValue(String name) {
    for (Param p : query) {
      if (p.name().equals(name)) {
        return p.value();
      }
    }
    return null;
  }

  /** A copy with the query parameter {@code name} set to {@code value} (replacing any). */
  RequestValues withQuery(String name, String value) {
    Builder b = toBuilder();
    b.query.removeIf(p -> p.name().equals(name));
    b.query.add(new Param(name, value));
    return b.build();
  }

  List<Param> form() {
    return form;
  }

  boolean hasJsonBody() {
    return hasJsonBody;
  }

  @Nullable Object jsonBody() {
    return jsonBody;
  }

  @Nullable String jsonWrap() {
    return jsonWrap;
  }

  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "RequestValues[", "]");
    if (!path.isEmpty()) {
      j.add("path=" + new java.util.TreeSet<>(path.keySet()));
    }
    if (!query.isEmpty()) {
      j.add("query=" + query.stream().map(Param::name).toList());
    }
    if (!form.isEmpty()) {
      j.add("form=" + form.stream().map(Param::name).toList());
    }
    if (hasJsonBody) {
      j.add(jsonWrap == null ? "json" : "json(" + jsonWrap + ")");
    }
    return j.toString();
  }

  /** A name and its wire text. */
  record Param(String name, String value) {}

  /** Builds {@link RequestValues}. */
  public static final class Builder {
    private final Map<String, String> path = new LinkedHashMap<>();
    private final List<Param> query = new ArrayList<>();
    private final List<Param> form = new ArrayList<>();
    private boolean hasJsonBody;
    private @Nullable Object jsonBody;
    private @Nullable String jsonWrap;

    private Builder() {}

    /** A path parameter; required and non-empty. Encoded as exactly one path segment. */
    public Builder path(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value == null) {
        throw new IllegalArgumentException("path parameter '" + name + "' is required");
      }
      String text = String.valueOf(value);
      if (text.isEmpty()) {
        throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
      }
      path.put(name, text);
      return this;
    }

    /** A query parameter; skipped when null. A collection is joined with commas. */
    public Builder query(String name, @Nullable Object value) {
      if (value instanceof Collection<?> c) {
        return query(name, c, ",");
      }
      if (value != null) {
        query.add(new Param(Objects.requireNonNull(name, "name"), text(name, value)));
      }
      return this;
    }

    /** A list-valued query parameter joined with {@code separator}; skipped when null or empty. */
    public Builder query(String name, @Nullable Collection<?> values, String separator) {
      String joined = join(name, values, separator);
      if (joined != null) {
        query.add(new Param(Objects.requireNonNull(name, "name"), joined));
      }
      return this;
    }

    /** A form field (sent as application/x-www-form-urlencoded); skipped when null. */
    public Builder form(String name, @Nullable Object value) {
      if (value instanceof Collection<?> c) {
        return form(name, c, ",");
      }
      if (value != null) {
        form.add(new Param(Objects.requireNonNull(name, "name"), text(name, value)));
      }
      return this;
    }

    /** A list-valued form field joined with {@code separator}; skipped when null or empty. */
    public Builder form(String name, @Nullable Collection<?> values, String separator) {
      String joined = join(name, values, separator);
      if (joined != null) {
        form.add(new Param(Objects.requireNonNull(name, "name"), joined));
      }
      return this;
    }

    /** The JSON request body. */
    public Builder jsonBody(@Nullable Object body) {
      this.hasJsonBody = true;
      this.jsonBody = body;
      this.jsonWrap = null;
      return this;
    }

    /** The JSON request body, nested under {@code wrap}: {@code {"wrap": body}}. */
    public Builder jsonBody(String wrap, @Nullable Object body) {
      this.hasJsonBody = true;
      this.jsonBody = body;
      this.jsonWrap = Objects.requireNonNull(wrap, "wrap");
      return this;
    }

    public RequestValues build() {
      if (hasJsonBody && !form.isEmpty()) {
        throw new IllegalStateException(
            "a request has either form fields or a JSON body, not both");
      }
      return new RequestValues(this);
    }

    /**
     * The wire text of a value. Generated enums answer {@code toString()} with their wire value,
     * and their {@code UNKNOWN} constant (a value decoded from a response that this client does not
     * know) with an empty one: sending it would send a blank parameter, so it is refused.
     */
    private static String text(String name, Object value) {
      String text = String.valueOf(value);
      if (value instanceof Enum<?> e && text.isEmpty()) {
        throw new IllegalArgumentException(
            "parameter '" + name + "': " + e.getDeclaringClass().getSimpleName() + "." + e.name()
                + " has no wire value and cannot be sent");
      }
      return text;
    }

    private static @Nullable String join(
        String name, @Nullable Collection<?> values, String separator) {
      Objects.requireNonNull(separator, "separator");
      if (values == null || values.isEmpty()) {
        return null;
      }
      StringJoiner j = new StringJoiner(separator);
      for (Object v : values) {
        if (v != null) {
          j.add(text(name, v));
        }
      }
      return j.length() == 0 ? null : j.toString();
    }
  }
}
