package dev.krakencodegen.runtime;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The JSON fields a generated record does not know, kept so that nothing the server sent is lost.
 * Generated compact constructors call {@link #copyOf(Map)}.
 *
 * <p>Such fields are unknown, so nobody declared which of them are secrets; a record's {@code
 * toString()} prints them, and a server answering with an extra {@code refresh_token} must not put
 * the token into logs. The map's {@code toString()} therefore masks, as {@code ***}, the value of
 * every key that looks secret: the names always treated as secrets ({@code access_token}, {@code
 * refresh_token}, {@code client_secret}, {@code password}, {@code code}, {@code stream_key}, {@code
 * oauth_token}) and any key containing "token", "secret", "password" or "key" (ignoring case), at
 * any depth of nested objects and arrays. The values themselves are returned unchanged by {@code
 * get}.
 */
public final class UnknownFields {
  private UnknownFields() {}

  /**
   * An unmodifiable copy of {@code fields} in their iteration order, with a redacting {@code
   * toString()}. Null values are kept; {@code equals} and {@code hashCode} are those of any map.
   *
   * @param fields the fields, or null for none
   * @return the copy; empty if {@code fields} is null
   * @throws NullPointerException if a key is null (JSON field names never are)
   */
  public static Map<String, Object> copyOf(@Nullable Map<String, ?> fields) {
    // LinkedHashMap keeps the server's order and, unlike Map.copyOf, allows null values.
    Map<String, Object> copy = new LinkedHashMap<>();
    if (fields != null) {
      for (Map.Entry<String, ?> e : fields.entrySet()) {
        copy.put(Objects.requireNonNull(e.getKey(), "field name"), e.getValue());
      }
    }
    return new Fields(copy);
  }

  /** Read-only view over a private copy; only {@code toString} differs from a plain map. */
  private static final class Fields extends AbstractMap<String, Object> {
    private final Map<String, Object> map;

    Fields(Map<String, Object> copy) {
      this.map = Collections.unmodifiableMap(copy);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return map.entrySet();
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return map.containsKey(key);
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
      return map.get(key);
    }

    @Override
    public String toString() {
      return render(this);
    }
  }

  private static String render(@Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        j.add(key + "=" + (Redaction.looksSecret(key) ? Redaction.MASK : render(e.getValue())));
      }
      return j.toString();
    }
    if (value instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      for (Iterator<?> it = c.iterator(); it.hasNext(); ) {
        j.add(render(it.next()));
      }
      return j.toString();
    }
    return String.valueOf(value);
  }
}
