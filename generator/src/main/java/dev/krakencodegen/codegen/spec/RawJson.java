package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * A JSON value written in the spec (an example or a default), with the location of every
 * value and object key so checks can point at the exact offending node.
 */
sealed interface RawJson {
  Location location();

  /** The JSON type name used in messages: object, array, string, integer, number, boolean, null. */
  String kind();

  /** The plain Java value the linked model carries (see {@code model.Example}). */
  Object toPlain();

  record Member(String key, Location keyLocation, RawJson value) {}

  record Obj(List<Member> members, Location location) implements RawJson {
    @Override
    public String kind() {
      return "object";
    }

    @Override
    public Map<String, Object> toPlain() {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Member m : members) {
        map.put(m.key(), m.value().toPlain());
      }
      return Collections.unmodifiableMap(map);
    }

    Member member(String key) {
      return members.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }
  }

  record Arr(List<RawJson> items, Location location) implements RawJson {
    @Override
    public String kind() {
      return "array";
    }

    @Override
    public List<Object> toPlain() {
      // Stream.toList, not List.copyOf: JSON arrays may hold nulls.
      return items.stream().map(RawJson::toPlain).toList();
    }
  }

  record Str(String value, Location location) implements RawJson {
    @Override
    public String kind() {
      return "string";
    }

    @Override
    public Object toPlain() {
      return value;
    }
  }

  record Int(BigInteger value, Location location) implements RawJson {
    @Override
    public String kind() {
      return "integer";
    }

    /** A Long when it fits, else a Double (JSON has no integer range). */
    @Override
    public Object toPlain() {
      return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
    }
  }

  record Num(double value, Location location) implements RawJson {
    @Override
    public String kind() {
      return "number";
    }

    @Override
    public Object toPlain() {
      return value;
    }
  }

  record Bool(boolean value, Location location) implements RawJson {
    @Override
    public String kind() {
      return "boolean";
    }

    @Override
    public Object toPlain() {
      return value;
    }
  }

  record Null(Location location) implements RawJson {
    @Override
    public String kind() {
      return "null";
    }

    @Override
    public Object toPlain() {
      return null;
    }
  }
}
